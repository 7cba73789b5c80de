import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

/** Machines (SCIM, reporting) use integration tokens: shown once, stored hashed, scoped, expiring. */
describe('integration tokens', () => {
  let t: TestApp;
  let host: string;
  let admin: ReturnType<TestApp['as']>;
  const inOneMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString();
  const bearer = (token: string) => t.at(host).get('/api/org-units/tree').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await createTestApp();
    ({ host } = await t.createTenant('stenungsund', 'Stenungsunds kommun'));
    admin = t.as(await t.signIn(host, ACCOUNT.admin));
  });
  afterAll(() => t.close());

  it('shows the token once, stores only its hash, and lets it do what its scopes allow', async () => {
    const created = await admin
      .post('/api/admin/tokens')
      .send({ name: 'Rapportverktyg', scopes: ['org:read'], expiresAt: inOneMonth() })
      .expect(201);
    const value: string = created.body.token;
    expect(value).toMatch(/^lnv_[0-9a-f]{32}_[\w-]{43}$/);
    // The secret is everything after the id: base64url has '_' of its own, so not split('_')[2],
    // which was sometimes one character (and found in any hash).
    const secret = value.slice('lnv_'.length + 32 + 1);
    const [stored] = await t.dataSource.query(`SELECT secret_hash FROM integration_token WHERE id = $1`, [
      created.body.id,
    ]);
    expect(stored.secret_hash).not.toContain(secret);
    const listed = (await admin.get('/api/admin/tokens').expect(200)).body;
    expect(JSON.stringify(listed)).not.toContain(secret);

    await bearer(value).expect(200);
    // Outside its scope: org:read does not create units.
    const refused = await t
      .at(host)
      .post('/api/org-units')
      .set('Authorization', `Bearer ${value}`)
      .send({})
      .expect(403);
    expect(refused.body.code).toBe('forbidden');
    // A token is no person: it cannot ask who is signed in.
    await t.at(host).get('/api/auth/me').set('Authorization', `Bearer ${value}`).expect(403);
    const used = (await admin.get('/api/admin/tokens').expect(200)).body.find(
      (tk: { id: string }) => tk.id === created.body.id,
    );
    expect(used.lastUsedAt).not.toBeNull();
  });

  it('refuses a revoked token, a wrong secret, an expired token and a token at another municipality', async () => {
    const created = (
      await admin
        .post('/api/admin/tokens')
        .send({ name: 'SCIM', scopes: ['people:read'], expiresAt: inOneMonth() })
        .expect(201)
    ).body;
    const wrongSecret = created.token.replace(/_[\w-]{43}$/, `_${'A'.repeat(43)}`);
    await bearer(wrongSecret).expect(401);
    const other = await t.createTenant('tjorn', 'Tjörns kommun');
    await t.at(other.host).get('/api/org-units/tree').set('Authorization', `Bearer ${created.token}`).expect(401);

    await admin.delete(`/api/admin/tokens/${created.id}`).expect(204);
    expect((await bearer(created.token).expect(401)).body.code).toBe('not_signed_in');

    const expiring = (
      await admin
        .post('/api/admin/tokens')
        .send({ name: 'Kortlivad', scopes: ['org:read'], expiresAt: inOneMonth() })
        .expect(201)
    ).body;
    await t.dataSource.query(`UPDATE integration_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expiring.id,
    ]);
    await bearer(expiring.token).expect(401);
  });

  it('refuses bad input with a clear message', async () => {
    const past = await admin
      .post('/api/admin/tokens')
      .send({ name: 'X', scopes: ['org:read'], expiresAt: '2020-01-01T00:00:00Z' })
      .expect(400);
    expect(past.body.detail).toMatch(/expiresAt must be in the future/);
    const scope = await admin
      .post('/api/admin/tokens')
      .send({ name: 'X', scopes: ['org:manage'], expiresAt: inOneMonth() })
      .expect(400);
    expect(scope.body.errors[0].field).toBe('scopes');
    await admin.delete('/api/admin/tokens/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('writes token creation and revocation to the audit log', async () => {
    const created = (
      await admin
        .post('/api/admin/tokens')
        .send({ name: 'Granskad', scopes: ['org:read'], expiresAt: inOneMonth() })
        .expect(201)
    ).body;
    await admin.delete(`/api/admin/tokens/${created.id}`).expect(204);
    const events = (await admin.get('/api/audit').expect(200)).body as { action: string; targetId: string }[];
    expect(
      events
        .filter((e) => e.targetId === created.id)
        .map((e) => e.action)
        .sort(),
    ).toEqual(['token-created', 'token-revoked']);
  });

  it('lets only admins manage tokens', async () => {
    const learner = t.as(await t.signIn(host, ACCOUNT.caseworker));
    await learner.get('/api/admin/tokens').expect(403);
    await learner
      .post('/api/admin/tokens')
      .send({ name: 'X', scopes: ['org:read'], expiresAt: inOneMonth() })
      .expect(403);
  });
});

describe('rate limits on sign-in and token endpoints', () => {
  let t: TestApp;
  let host: string;

  beforeAll(async () => {
    t = await createTestApp({ config: { LARNAV_SIGN_IN_RATE_LIMIT: 3 } });
    ({ host } = await t.createTenant('stenungsund', 'Stenungsunds kommun'));
  });
  afterAll(() => t.close());

  it('answers 429 after the limit, per client address, with Retry-After', async () => {
    for (let i = 0; i < 3; i++) await t.at(host).get('/api/auth/oidc/login').expect(302);
    const limited = await t.at(host).get('/api/auth/oidc/login').expect(429);
    expect(limited.body.code).toBe('too_many_requests');
    expect(limited.headers['retry-after']).toBeDefined();
    // The callback has a limit of its own: a flood of forged callbacks is stopped too.
    for (let i = 0; i < 3; i++) await t.at(host).get('/api/auth/oidc/callback?code=x&state=y').expect(303);
    await t.at(host).get('/api/auth/oidc/callback?code=x&state=y').expect(429);
  });

  it('stops an address that keeps presenting wrong tokens, even before it finds a right one', async () => {
    // The counters live in PostgreSQL; clearing them stands in for another client.
    await t.dataSource.query('DELETE FROM rate_limit_hit');
    const admin = t.as(await t.signIn(host, ACCOUNT.admin));
    const inOneMonth = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const valid = (
      await admin
        .post('/api/admin/tokens')
        .send({ name: 'SCIM', scopes: ['org:read'], expiresAt: inOneMonth })
        .expect(201)
    ).body.token;
    const guess = (n: number) => `lnv_${'0'.repeat(32)}_${String(n).padStart(43, 'x')}`;
    const tree = (token: string) => t.at(host).get('/api/org-units/tree').set('Authorization', `Bearer ${token}`);
    for (let i = 0; i < 3; i++) await tree(guess(i)).expect(401);
    const blocked = await tree(guess(3)).expect(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    await tree(valid).expect(429);
    await t.dataSource.query('DELETE FROM rate_limit_hit');
    await tree(valid).expect(200);
  });

  it('limits the token management endpoints too', async () => {
    await t.dataSource.query('DELETE FROM rate_limit_hit');
    const admin = t.as(await t.signIn(host, ACCOUNT.admin));
    await t.dataSource.query('DELETE FROM rate_limit_hit');
    for (let i = 0; i < 3; i++) await admin.get('/api/admin/tokens').expect(200);
    await admin.get('/api/admin/tokens').expect(429);
  });
});
