import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

type Claims = Record<string, unknown>;
type Mutation = (claims: Claims) => Claims;

/**
 * The API must refuse an ID token that is not exactly right. The sign-in runs the real flow
 * with the dev IdP; between the API and the IdP's token endpoint this test re-signs the ID token
 * with a key it controls (served as the IdP's JWKS), changing one thing at a time. The
 * unchanged re-signed token is accepted, so each refusal is the change's doing.
 */
describe('ID token validation', () => {
  let t: TestApp;
  let host: string;
  let mutate: Mutation = (claims) => claims;
  let afterSigning: (jwt: string) => string = (jwt) => jwt;
  let signingKey: CryptoKey;
  let publicJwk: Record<string, unknown>;
  let strangerKey: CryptoKey;
  let useStrangerKey = false;

  const tamperingFetch: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname.endsWith('/jwks')) {
      return Response.json({ keys: [{ ...publicJwk, kid: 'test-key', use: 'sig', alg: 'RS256' }] });
    }
    const response = await fetch(input, init);
    if (!url.pathname.endsWith('/token')) return response;
    const body = await response.json();
    const claims = mutate({ ...decodeJwt(body.id_token) });
    const jwt = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .sign(useStrangerKey ? strangerKey : signingKey);
    return Response.json({ ...body, id_token: afterSigning(jwt) });
  };

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    signingKey = pair.privateKey;
    publicJwk = await exportJWK(pair.publicKey);
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    t = await createTestApp({ oidcFetch: tamperingFetch });
    ({ host } = await t.createTenant('stenungsund', 'Stenungsunds kommun'));
  });
  afterAll(() => t.close());
  afterEach(() => {
    mutate = (claims) => claims;
    afterSigning = (jwt) => jwt;
    useStrangerKey = false;
  });

  const signInFails = () => expect(t.signIn(host, ACCOUNT.caseworker)).rejects.toThrow(/did not complete/);

  it('accepts the re-signed token when nothing was changed (the control)', async () => {
    const session = await t.signIn(host, ACCOUNT.caseworker);
    await t.as(session).get('/api/auth/me').expect(200);
  });

  it('refuses a token whose contents were altered after signing', async () => {
    afterSigning = (jwt) => {
      const [header, payload, signature] = jwt.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['Larnav.Admin'] })).toString('base64url');
      return [header, forged, signature].join('.');
    };
    await signInFails();
  });

  it('refuses a token signed by a key the IdP does not publish', async () => {
    useStrangerKey = true;
    await signInFails();
  });

  it('refuses an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    mutate = (claims) => ({ ...claims, iat: now - 7200, exp: now - 3600 });
    await signInFails();
  });

  it('refuses a token from the wrong issuer', async () => {
    mutate = (claims) => ({ ...claims, iss: 'https://login.example.com/other/v2.0' });
    await signInFails();
  });

  it('refuses a token for another audience', async () => {
    mutate = (claims) => ({ ...claims, aud: 'someone-elses-app' });
    await signInFails();
  });

  it('refuses a token without the nonce it was asked for, or with another one', async () => {
    mutate = (claims) => {
      const withoutNonce = { ...claims };
      delete withoutNonce['nonce'];
      return withoutNonce;
    };
    await signInFails();
    mutate = (claims) => ({ ...claims, nonce: 'replayed-nonce' });
    await signInFails();
  });

  it('writes each refusal to the audit log as a failed sign-in', async () => {
    mutate = (claims) => ({ ...claims, aud: 'someone-elses-app' });
    await signInFails();
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'sign-in-failed'`,
    );
    expect(row.n).toBeGreaterThan(0);
  });
});
