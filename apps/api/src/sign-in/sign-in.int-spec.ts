import request from 'supertest';
import { TenantDb } from '@larnav/api/db';
import { devIdpGroupId } from '@larnav/api/demo';
import { formAction } from '../testing/oidc-sign-in';
import { TestBrowser } from '../testing/browser';
import { ACCOUNT, createTestApp, TEST_IDP, TestApp } from '../testing/test-app';

/**
 * Sign-in through the municipality's OpenID provider, end to end: the API's login route, the
 * dev IdP (a real oidc-provider in its own process), its sign-in form, and the API's callback.
 */
describe('sign-in with OpenID Connect', () => {
  let t: TestApp;
  let host: string;
  let rootId: string;
  let bygglov: string;
  let sbf: string;

  beforeAll(async () => {
    // This suite signs in more often than the default limit allows a minute from one address;
    // the limit itself is tested in integration-tokens.int-spec.ts.
    t = await createTestApp({ config: { LARNAV_SIGN_IN_RATE_LIMIT: 1_000 } });
    ({ host, rootId } = await t.createTenant('stenungsund', 'Stenungsunds kommun'));
    const admin = t.as(await t.signIn(host, ACCOUNT.admin));
    sbf = (
      await admin
        .post('/api/org-units')
        .send({ parentId: rootId, name: 'Samhällsbyggnadsförvaltningen', code: 'SBF' })
        .expect(201)
    ).body.id;
    bygglov = (
      await admin.post('/api/org-units').send({ parentId: sbf, name: 'Bygglov', code: 'SBF-BYGG' }).expect(201)
    ).body.id;
    // As the municipality's IT set it up: the Entra group "Bygglov" places people there, "SBF HR" makes HR for SBF.
    await admin
      .post('/api/admin/claim-mappings')
      .send({
        claim: 'groups',
        value: devIdpGroupId('stenungsund', 'SBF-BYGG'),
        effect: 'unit',
        orgUnitId: bygglov,
        jobRole: 'bygglovshandläggare',
      })
      .expect(201);
    await admin
      .post('/api/admin/claim-mappings')
      .send({ claim: 'groups', value: devIdpGroupId('stenungsund', 'SBF', 'hr'), effect: 'hr-scope', orgUnitId: sbf })
      .expect(201);
  });
  afterAll(() => t.close());

  it('runs the whole redirect flow and returns to the page the person came from', async () => {
    const browser = new TestBrowser(t.app.getHttpServer());
    const toIdp = await browser.send(
      'GET',
      `http://${host}/api/auth/oidc/login?returnTo=${encodeURIComponent('/organisation?at=2025-01-01')}`,
    );
    expect(toIdp.status).toBe(302);
    const authorize = new URL(toIdp.location ?? '');
    expect(authorize.origin).toBe(new URL(process.env['LARNAV_TEST_IDP_ISSUER'] ?? '').origin);
    // PKCE, state and nonce are all asked for.
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(`http://${host}/api/auth/oidc/callback`);

    const signInPage = await browser.navigate(authorize.href);
    expect(signInPage.body).toContain('Anders Nyberg');
    const landed = await browser.navigate(new URL(formAction(signInPage), signInPage.url).href, 'POST', ACCOUNT.admin);
    expect(landed.url).toBe(`http://${host}/organisation?at=2025-01-01`);

    const me = await request(t.app.getHttpServer())
      .get('/api/auth/me')
      .set('Host', host)
      .set('Cookie', browser.cookieHeader(host))
      .expect(200);
    expect(me.body).toMatchObject({ person: { name: 'Anders Nyberg', email: 'anders.nyberg@stenungsund.se' } });
    expect(me.body.roles).toEqual(expect.arrayContaining(['learner', 'admin']));
    expect(me.body.csrfToken).toEqual(expect.any(String));
    const session = await request(t.app.getHttpServer())
      .get('/api/auth/session')
      .set('Host', host)
      .set('Cookie', browser.cookieHeader(host))
      .expect(200);
    expect(session.body.personId).toBe(me.body.person.id);
    expect(new Date(session.body.endsAt).getTime()).toBeGreaterThan(Date.now() + 9 * 3_600_000);
  });

  it('sets an httpOnly, SameSite session cookie and never a return path to another site', async () => {
    const response = await request(t.app.getHttpServer())
      .get('/api/auth/oidc/login?returnTo=//evil.example/steal')
      .set('Host', host)
      .redirects(0);
    const cookie = (response.headers['set-cookie'] as unknown as string[]).join(';');
    expect(cookie).toMatch(/larnav\.sid=.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // The return path asked for was another site's: the person lands on the start page instead.
    const browser = new TestBrowser(t.app.getHttpServer());
    const page = await browser.navigate(
      `http://${host}/api/auth/oidc/login?returnTo=${encodeURIComponent('//evil.example/steal')}`,
    );
    const landed = await browser.navigate(new URL(formAction(page), page.url).href, 'POST', ACCOUNT.caseworker);
    expect(landed.url).toBe(`http://${host}/`);
  });

  it('creates a new person just in time, placed by the group mapping, and links later sign-ins', async () => {
    const first = await t.signIn(host, ACCOUNT.caseworker);
    const me = (await t.as(first).get('/api/auth/me').expect(200)).body;
    expect(me.roles).toEqual(['learner']);
    const admin = t.as(await t.signIn(host, ACCOUNT.admin));
    const person = (await admin.get(`/api/people/${me.person.id}`).expect(200)).body;
    expect(person.employments).toEqual([
      expect.objectContaining({ orgUnitId: bygglov, jobRole: 'bygglovshandläggare', endDate: null }),
    ]);
    expect(person.externalId).toEqual(expect.any(String));

    const second = await t.signIn(host, ACCOUNT.caseworker);
    expect((await t.as(second).get('/api/auth/me').expect(200)).body.person.id).toBe(me.person.id);
  });

  it("links a first sign-in to the person HR already registered, by email in the municipality's domain", async () => {
    const admin = t.as(await t.signIn(host, ACCOUNT.admin));
    const registered = (
      await admin
        .post('/api/people')
        .send({
          name: 'Karin Sjöberg',
          email: 'karin.sjoberg@stenungsund.se',
          employment: { orgUnitId: sbf, jobRole: 'utbildningssamordnare', startDate: '2019-08-19' },
        })
        .expect(201)
    ).body;
    const trainer = await t.signIn(host, ACCOUNT.trainer);
    const me = (await t.as(trainer).get('/api/auth/me').expect(200)).body;
    expect(me.person.id).toBe(registered.id);
    expect(me.roles).toEqual(expect.arrayContaining(['trainer']));
  });

  it('makes the HR officer HR for the subtree her group maps to', async () => {
    const hr = await t.signIn(host, ACCOUNT.hr);
    const me = (await t.as(hr).get('/api/auth/me').expect(200)).body;
    expect(me.roles).toEqual(expect.arrayContaining(['hr']));
    expect(me.hrUnitIds).toEqual([sbf]);
  });

  it("sends someone at an address no municipality has to their own municipality's sign-in by email domain", async () => {
    await t.createTenant('tjorn', 'Tjörns kommun');
    const nowhere = t.at('region.test');
    const found = await nowhere.get('/api/auth/discover?email=erik.olausson@TJORN.se').expect(200);
    expect(found.body).toEqual({ municipality: 'Tjörns kommun', signInUrl: 'http://tjorn.test/sign-in' });
    expect((await nowhere.get('/api/auth/discover?email=someone@gmail.com').expect(404)).body.code).toBe(
      'unknown_email_domain',
    );
    await nowhere.get('/api/auth/discover?email=not-an-address').expect(400);
  });

  it('crosses tenants for email domains only: nothing else is visible in that crossing', async () => {
    const seen = await t.app.get(TenantDb).crossTenants('email-domain', async (em) => ({
      settings: (await em.query('SELECT count(*)::int AS n FROM sign_in_config'))[0].n,
      people: (await em.query('SELECT count(*)::int AS n FROM person'))[0].n,
      units: (await em.query('SELECT count(*)::int AS n FROM org_unit'))[0].n,
    }));
    expect(seen.settings).toBeGreaterThanOrEqual(2);
    expect(seen).toMatchObject({ people: 0, units: 0 });
  });

  it('lets an admin change the OIDC settings, keeping the secret write-only and never sign-in-less', async () => {
    const admin = t.as(await t.signIn(host, ACCOUNT.admin));
    const current = (await admin.get('/api/admin/sign-in/oidc').expect(200)).body;
    expect(current).toMatchObject({ clientId: 'larnav-test', hasClientSecret: true });
    expect(JSON.stringify(current)).not.toContain('larnav-test-secret');
    const changed = await admin
      .put('/api/admin/sign-in/oidc')
      .send({ ...pick(current), scopes: 'openid profile email offline_access' })
      .expect(200);
    expect(changed.body).toMatchObject({ scopes: 'openid profile email offline_access', hasClientSecret: true });
    const [row] = await t.dataSource.query(
      `SELECT client_secret_encrypted FROM sign_in_config WHERE method = 'oidc' LIMIT 1`,
    );
    expect(row.client_secret_encrypted).not.toContain('larnav-test-secret');
    await admin
      .put('/api/admin/sign-in/oidc')
      .send({ ...pick(current), emailDomains: ['not a domain'] })
      .expect(400);
    // With no secret stored, saving without one would leave nobody able to sign in.
    await t.dataSource.query(`UPDATE sign_in_config SET client_secret_encrypted = NULL WHERE method = 'oidc'`);
    const refused = await admin.put('/api/admin/sign-in/oidc').send(pick(current)).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'clientSecret', message: 'clientSecret is required the first time' },
    ]);
    await admin
      .put('/api/admin/sign-in/oidc')
      .send({ ...pick(current), clientSecret: TEST_IDP.clientSecret })
      .expect(200);
    await t.signIn(host, ACCOUNT.caseworker);
  });

  it('ends the session on sign-out, and sends the browser to end the IdP session too', async () => {
    const session = await t.signIn(host, ACCOUNT.caseworker);
    const { body } = await t.as(session).post('/api/auth/sign-out').expect(200);
    const endSession = new URL(body.redirectTo);
    expect(endSession.origin).toBe(new URL(process.env['LARNAV_TEST_IDP_ISSUER'] ?? '').origin);
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy();
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`http://${host}/`);
    await t.as(session).get('/api/auth/me').expect(401);
    // The IdP accepts the logout request.
    const idpLogout = await session.browser.send('GET', endSession.href);
    expect(idpLogout.status).toBe(200);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const session = await t.signIn(host, ACCOUNT.admin);
    const withoutToken = await request(t.app.getHttpServer())
      .post('/api/org-units')
      .set('Host', host)
      .set('Cookie', session.cookie)
      .send({ parentId: rootId, name: 'Smyg', code: 'SMYG' })
      .expect(403);
    expect(withoutToken.body.code).toBe('csrf_invalid');
    await t
      .as({ ...session, csrfToken: 'forged' })
      .post('/api/auth/sign-out')
      .expect(403);
  });

  describe('the state check', () => {
    it('refuses a replayed callback', async () => {
      const session = await t.signIn(host, ACCOUNT.caseworker);
      const callback = session.browser.history.find((hop) => hop.url.includes('/api/auth/oidc/callback'));
      const replay = await session.browser.send('GET', callback?.url ?? '');
      expect(replay.location).toBe('/sign-in?error=sign_in_failed');
    });

    it('refuses a callback with its state removed or changed', async () => {
      for (const change of [
        (u: URL) => u.searchParams.delete('state'),
        (u: URL) => u.searchParams.set('state', 'forged'),
      ]) {
        const browser = new TestBrowser(t.app.getHttpServer());
        const page = await browser.navigate(`http://${host}/api/auth/oidc/login`);
        const toCallback = await browser.send('POST', new URL(formAction(page), page.url).href, ACCOUNT.caseworker);
        let hop = toCallback;
        while (hop.location && !hop.location.includes('/api/auth/oidc/callback')) {
          hop = await browser.send('GET', new URL(hop.location, hop.url).href);
        }
        const callback = new URL(hop.location ?? '');
        change(callback);
        const result = await browser.send('GET', callback.href);
        expect(result.location).toBe('/sign-in?error=sign_in_failed');
        expect(browser.cookie(host, 'larnav.sid')).toBeDefined(); // the pre-sign-in session, not a signed-in one
        await request(t.app.getHttpServer())
          .get('/api/auth/me')
          .set('Host', host)
          .set('Cookie', browser.cookieHeader(host))
          .expect(401);
      }
    });

    it('refuses a callback in a browser that never started the sign-in', async () => {
      const session = await t.signIn(host, ACCOUNT.caseworker);
      const callback = session.browser.history.find((hop) => hop.url.includes('/api/auth/oidc/callback'));
      const stranger = new TestBrowser(t.app.getHttpServer());
      expect((await stranger.send('GET', callback?.url ?? '')).location).toBe('/sign-in?error=sign_in_failed');
    });
  });

  it('ends every session of a person the moment they are deactivated', async () => {
    const first = await t.signIn(host, ACCOUNT.caseworker);
    const second = await t.signIn(host, ACCOUNT.caseworker);
    const personId = (await t.as(first).get('/api/auth/me').expect(200)).body.person.id;
    const admin = t.as(await t.signIn(host, ACCOUNT.admin));
    await admin.post(`/api/people/${personId}/deactivate`).expect(204);
    expect((await t.as(first).get('/api/auth/me').expect(401)).body.code).toBe('not_signed_in');
    await t.as(second).get('/api/auth/me').expect(401);
    await expect(t.signIn(host, ACCOUNT.caseworker)).rejects.toThrow(/did not complete/);
    await admin.post(`/api/people/${personId}/reactivate`).expect(204);
    await t.signIn(host, ACCOUNT.caseworker);
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const idle = await t.signIn(host, ACCOUNT.caseworker);
    await t.dataSource.query(`UPDATE session SET expire = now() - interval '1 minute'`);
    await t.as(idle).get('/api/auth/me').expect(401);

    const absolute = await t.signIn(host, ACCOUNT.caseworker);
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 11 * 3_600_000);
    try {
      await t.as(absolute).get('/api/learning/my-training').expect(401);
      // Ended, not only refused: the session is gone from the store.
      await t.as(absolute).get('/api/auth/me').expect(401);
    } finally {
      clock.mockRestore();
    }
  });

  // /api/auth goes through express-session; every other route reads an unchanged session
  // without it (session-read.ts): both must extend the idle timeout alike.
  it.each(['/api/auth/me', '/api/learning/my-training'])(
    'extends an active session at most once a minute, renewing the cookie only then (%s)',
    async (route) => {
      const active = await t.signIn(host, ACCOUNT.caseworker);
      // The cookie holds "s:<sid>.<signature>".
      const sid = decodeURIComponent(/larnav\.sid=([^;]+)/.exec(active.cookie)?.[1] ?? '').replace(/^s:|\.[^.]*$/g, '');
      const expiry = async () =>
        (await t.dataSource.query(`SELECT expire FROM session WHERE sid = $1`, [sid])).map((r: { expire: Date }) =>
          r.expire.getTime(),
        );
      const [before] = await expiry();
      expect(before).toEqual(expect.any(Number));
      const quiet = await t.as(active).get(route).expect(200);
      expect(quiet.headers['set-cookie']).toBeUndefined();
      expect(await expiry()).toEqual([before]);

      const later = Date.now() + 5 * 60_000;
      const clock = jest.spyOn(Date, 'now').mockReturnValue(later);
      try {
        const renewed = await t.as(active).get(route).expect(200);
        expect(String(renewed.headers['set-cookie'])).toMatch(/larnav\.sid=.*Expires=/);
      } finally {
        clock.mockRestore();
      }
      const [after] = await expiry();
      expect(after - before).toBeGreaterThanOrEqual(4 * 60_000);
      // Renewed once: the next request within the minute writes nothing again.
      const again = await t.as(active).get(route).expect(200);
      expect(again.headers['set-cookie']).toBeUndefined();
      expect(await expiry()).toEqual([after]);
    },
  );

  it('keeps a CSRF token made at /api/auth in any case of the path (Express routes it alike)', async () => {
    const active = await t.signIn(host, ACCOUNT.caseworker);
    const sid = decodeURIComponent(/larnav\.sid=([^;]+)/.exec(active.cookie)?.[1] ?? '').replace(/^s:|\.[^.]*$/g, '');
    await t.dataSource.query(`UPDATE session SET sess = (sess::jsonb - 'csrfToken')::json WHERE sid = $1`, [sid]);
    const token = (await t.as(active).get('/api/AUTH/me').expect(200)).body.csrfToken;
    expect(token).toEqual(expect.any(String));
    const [row] = await t.dataSource.query(`SELECT sess ->> 'csrfToken' AS token FROM session WHERE sid = $1`, [sid]);
    expect(row.token).toBe(token);
  });

  it('writes sign-ins, sign-outs and failures to the audit log, readable by admins only', async () => {
    const caseworker = await t.signIn(host, ACCOUNT.caseworker);
    await t.as(caseworker).get('/api/audit').expect(403);
    await t.as(caseworker).post('/api/auth/sign-out').expect(200);
    await expect(t.signIn(host, ACCOUNT.tjornCaseworker)).rejects.toThrow();
    const admin = t.as(await t.signIn(host, ACCOUNT.admin));
    const events = (await admin.get('/api/audit?limit=500').expect(200)).body as {
      action: string;
      ip: string | null;
      details: Record<string, unknown>;
    }[];
    const actions = new Set(events.map((e) => e.action));
    for (const action of ['sign-in', 'sign-out', 'sign-in-failed']) expect(actions.has(action)).toBe(true);
    const failed = events.find((e) => e.action === 'sign-in-failed');
    expect(failed?.details['reason']).toMatch(/another organisation/);
    expect(events.find((e) => e.action === 'sign-in')?.ip).toBeTruthy();
  });
});

function pick(settings: { issuer: string; clientId: string; idpTenantId: string | null; emailDomains: string[] }) {
  return {
    issuer: settings.issuer,
    clientId: settings.clientId,
    idpTenantId: settings.idpTenantId ?? undefined,
    emailDomains: settings.emailDomains,
  };
}
