import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import {
  DEMO_ACCOUNTS,
  DEV_IDP_APP_ROLES,
  DEV_IDP_TENANT_IDS,
  devIdpAccounts,
  devIdpGroupId,
  devIdpObjectId,
} from '@larnav/api/demo';
import { CookieJar, signInAtDevIdp, spawnDevIdp, SpawnedDevIdp } from './testing';

const client = {
  client_id: 'larnav-test',
  client_secret: 'larnav-test-secret',
  redirect_uris: ['http://localhost:9/api/auth/oidc/callback'],
  post_logout_redirect_uris: ['http://localhost:9/'],
};
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

let idp: SpawnedDevIdp;

beforeAll(async () => {
  idp = await spawnDevIdp({ clients: [client] });
}, 90_000);

afterAll(() => idp?.stop());

/** What an OIDC client (the API's openid-client) puts in its authorization request. */
function authorizationRequest(extra: Record<string, string> = {}) {
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(16).toString('base64url');
  const nonce = randomBytes(16).toString('base64url');
  const url = new URL('/auth', idp.issuer);
  url.search = new URLSearchParams({
    client_id: client.client_id,
    response_type: 'code',
    scope: 'openid profile email',
    redirect_uri: client.redirect_uris[0],
    state,
    nonce,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...extra,
  }).toString();
  return { url, verifier, state, nonce };
}

async function redeem(code: string, verifier?: string) {
  const response = await fetch(new URL('/token', idp.issuer), {
    method: 'POST',
    headers: {
      ...FORM,
      authorization: `Basic ${Buffer.from(`${client.client_id}:${client.client_secret}`).toString('base64')}`,
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: client.redirect_uris[0],
      ...(verifier ? { code_verifier: verifier } : {}),
    }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

/** Checks the RS256 signature against the IdP's JWKS and returns the payload. */
async function verifiedClaims(idToken: string): Promise<Record<string, unknown>> {
  const [header, payload, signature] = idToken.split('.');
  const { kid, alg } = JSON.parse(Buffer.from(header, 'base64url').toString());
  expect(alg).toBe('RS256');
  const { keys } = (await (await fetch(new URL('/jwks', idp.issuer))).json()) as { keys: { kid: string }[] };
  const jwk = keys.find((key) => key.kid === kid);
  expect(jwk).toBeDefined();
  const key = createPublicKey({ key: jwk as never, format: 'jwk' });
  expect(verify('sha256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'))).toBe(true);
  return JSON.parse(Buffer.from(payload, 'base64url').toString());
}

async function signInPage(jar = new CookieJar()) {
  const request = authorizationRequest();
  const authorize = await jar.fetch(request.url);
  expect(authorize.status).toBe(303);
  const pageUrl = new URL(authorize.headers.get('location') ?? '', idp.issuer);
  expect(pageUrl.pathname).toMatch(/^\/interaction\/[\w-]+$/);
  const page = await jar.fetch(pageUrl);
  return { jar, request, pageUrl, page, html: await page.text() };
}

const demo = (email: string) => {
  const account = devIdpAccounts().find((a) => a.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  return account;
};

describe('dev IdP', () => {
  it('publishes a discovery document for the code flow with PKCE (S256) and RP-initiated logout', async () => {
    const response = await fetch(new URL('/.well-known/openid-configuration', idp.issuer));
    expect(response.status).toBe(200);
    const discovery = await response.json();
    expect(discovery).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${idp.issuer}/auth`,
      token_endpoint: `${idp.issuer}/token`,
      jwks_uri: `${idp.issuer}/jwks`,
      userinfo_endpoint: `${idp.issuer}/me`,
      end_session_endpoint: `${idp.issuer}/session/end`,
      response_types_supported: ['code'],
    });
    expect(discovery.code_challenge_methods_supported).toContain('S256');
    expect(discovery.id_token_signing_alg_values_supported).toEqual(['RS256']);
    expect(discovery.claims_supported).toEqual(
      expect.arrayContaining(['sub', 'oid', 'tid', 'preferred_username', 'email', 'name', 'roles', 'groups']),
    );
  });

  it('refuses an authorization request without PKCE', async () => {
    const { url } = authorizationRequest();
    url.searchParams.delete('code_challenge');
    url.searchParams.delete('code_challenge_method');
    const response = await fetch(url, { redirect: 'manual' });
    const redirect = new URL(response.headers.get('location') ?? '');
    expect(`${redirect.origin}${redirect.pathname}`).toBe(client.redirect_uris[0]);
    expect(redirect.searchParams.get('error')).toBe('invalid_request');
  });

  it('lists the demo accounts on a Swedish sign-in page', async () => {
    const { page, html } = await signInPage();
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toContain('<html lang="sv">');
    expect(html).toMatch(/<title>Logga in – Lärnav \(utvecklings-IdP\)<\/title>/);
    expect(html).toContain('<h1>Logga in på Lärnav (utvecklings-IdP)</h1>');
    for (const account of devIdpAccounts()) {
      expect(html).toContain(`<button type="submit" class="account" name="account" value="${account.sub}">`);
      expect(html).toContain(account.name);
      expect(html).toContain(account.description);
    }
    expect(html).toContain('<label for="email">Annan e-postadress</label>');
  });

  it('signs a demo account in by hand: authorize, page, choice, code, token with verifier, ID token', async () => {
    const hr = demo(DEMO_ACCOUNTS.hrOfficer.email);
    const { jar, request, pageUrl } = await signInPage();

    const chosen = await jar.fetch(new URL(`${pageUrl.pathname}/login`, idp.issuer), {
      method: 'POST',
      headers: FORM,
      body: new URLSearchParams({ account: hr.sub }),
    });
    expect(chosen.status).toBe(303);
    // Back to the authorization endpoint, which answers the client without any consent page.
    const resume = await jar.fetch(new URL(chosen.headers.get('location') ?? '', idp.issuer));
    expect(resume.status).toBe(303);
    const callback = new URL(resume.headers.get('location') ?? '');
    expect(`${callback.origin}${callback.pathname}`).toBe(client.redirect_uris[0]);
    expect(callback.searchParams.get('state')).toBe(request.state);
    expect(callback.searchParams.get('iss')).toBe(idp.issuer);
    const code = callback.searchParams.get('code') ?? '';
    expect(code).not.toBe('');

    const token = await redeem(code, request.verifier);
    expect(token.status).toBe(200);
    const claims = await verifiedClaims(token.body['id_token']);
    expect(claims).toMatchObject({
      iss: idp.issuer,
      aud: client.client_id,
      nonce: request.nonce,
      sub: hr.sub,
      oid: hr.oid,
      tid: DEV_IDP_TENANT_IDS.stenungsund,
      preferred_username: 'maria.ekstrom@stenungsund.se',
      email: 'maria.ekstrom@stenungsund.se',
      name: 'Maria Ekström',
      roles: [DEV_IDP_APP_ROLES.hr],
    });
    expect(claims['groups']).toEqual(
      expect.arrayContaining([devIdpGroupId('stenungsund', 'SBF', 'hr'), devIdpGroupId('stenungsund', 'SBF')]),
    );
    // A code is good once.
    expect((await redeem(code, request.verifier)).body['error']).toBe('invalid_grant');
  });

  it('refuses to redeem a code without its PKCE verifier', async () => {
    const request = authorizationRequest();
    const callback = await signInAtDevIdp(request.url, { sub: demo(DEMO_ACCOUNTS.caseworker.email).sub });
    const token = await redeem(callback.searchParams.get('code') ?? '');
    expect(token.status).toBe(400);
    expect(token.body['error']).toBe('invalid_grant');
  });

  it('gives a caseworker no app role and the group of her unit', async () => {
    const request = authorizationRequest();
    const callback = await signInAtDevIdp(request.url, { email: DEMO_ACCOUNTS.caseworker.email });
    const token = await redeem(callback.searchParams.get('code') ?? '', request.verifier);
    const claims = await verifiedClaims(token.body['id_token']);
    expect(claims).toMatchObject({
      oid: devIdpObjectId(DEMO_ACCOUNTS.caseworker.email),
      roles: [],
      groups: [devIdpGroupId('stenungsund', 'SBF-BYGG')],
    });
  });

  it('signs in any address at a demo municipality, with ids made from the address', async () => {
    const email = 'per-olof.svensson7@tjorn.se';
    const request = authorizationRequest();
    const callback = await signInAtDevIdp(request.url, { email: ` Per-Olof.Svensson7@Tjorn.se ` });
    const token = await redeem(callback.searchParams.get('code') ?? '', request.verifier);
    expect(await verifiedClaims(token.body['id_token'])).toMatchObject({
      oid: devIdpObjectId(email),
      tid: DEV_IDP_TENANT_IDS.tjorn,
      email,
      preferred_username: email,
      name: 'Per-Olof Svensson',
      roles: [],
    });
  });

  it('refuses an unknown address with a message tied to the field, and escapes what was typed', async () => {
    const { jar, pageUrl } = await signInPage();
    const typed = '"><script>alert(1)</script>@example.com';
    const response = await jar.fetch(new URL(`${pageUrl.pathname}/login`, idp.issuer), {
      method: 'POST',
      headers: FORM,
      body: new URLSearchParams({ email: typed }),
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/<title>Fel: Logga in/);
    expect(html).toContain('<p class="error" id="email-error" role="alert">');
    expect(html).toContain('aria-describedby="email-hint email-error" aria-invalid="true"');
    expect(html).not.toContain('<script>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;@example.com"');

    const unknownDomain = await jar.fetch(new URL(`${pageUrl.pathname}/login`, idp.issuer), {
      method: 'POST',
      headers: FORM,
      body: new URLSearchParams({ email: 'anna.karlsson@example.com' }),
    });
    expect(unknownDomain.status).toBe(400);
    expect(await unknownDomain.text()).toContain(
      'Det finns inget konto för anna.karlsson@example.com här. Använd en adress på stenungsund.se eller tjorn.se.',
    );
  });

  it('sends the person back with access_denied when they cancel', async () => {
    const { jar, pageUrl, request } = await signInPage();
    const cancelled = await jar.fetch(new URL(`${pageUrl.pathname}/abort`, idp.issuer), { method: 'POST' });
    expect(cancelled.status).toBe(303);
    const resume = await jar.fetch(new URL(cancelled.headers.get('location') ?? '', idp.issuer));
    const callback = new URL(resume.headers.get('location') ?? '');
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('state')).toBe(request.state);
  });

  it('keeps the IdP session for the next sign-in and ends it at the end-session endpoint', async () => {
    const jar = new CookieJar();
    const admin = demo(DEMO_ACCOUNTS.administrator.email);
    const first = authorizationRequest();
    const callback = await signInAtDevIdp(first.url, { sub: admin.sub }, jar);
    const idToken = (await redeem(callback.searchParams.get('code') ?? '', first.verifier)).body['id_token'];

    // Signed in already: straight back to the client, as with Entra's single sign-on.
    const again = await jar.fetch(authorizationRequest().url);
    expect(new URL(again.headers.get('location') ?? '', idp.issuer).origin).toBe('http://localhost:9');

    const endSession = new URL('/session/end', idp.issuer);
    endSession.search = new URLSearchParams({
      id_token_hint: idToken,
      post_logout_redirect_uri: client.post_logout_redirect_uris[0],
      state: 'after-logout',
    }).toString();
    const confirm = await jar.fetch(endSession);
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Vill du logga ut?</h1>');
    expect(html).toContain('Anders Nyberg (anders.nyberg@stenungsund.se)');
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(html)?.[1] ?? '';

    const loggedOut = await jar.fetch(new URL(action, idp.issuer), {
      method: 'POST',
      headers: FORM,
      body: new URLSearchParams({ xsrf, logout: 'yes' }),
    });
    expect(loggedOut.status).toBe(303);
    expect(loggedOut.headers.get('location')).toBe(`${client.post_logout_redirect_uris[0]}?state=after-logout`);

    // The session is gone: the next authorization shows the sign-in page again.
    const afterwards = await jar.fetch(authorizationRequest().url);
    expect(new URL(afterwards.headers.get('location') ?? '', idp.issuer).pathname).toMatch(/^\/interaction\//);
  });
});
