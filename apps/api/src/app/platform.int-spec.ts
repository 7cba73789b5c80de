import request from 'supertest';
import { createTestApp, TestApp } from '../testing/test-app';

/** The conventions every endpoint shares: health, OpenAPI, request ids, problem+json. */
describe('platform', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers liveness without a tenant', async () => {
    expect((await http().get('/health/live').expect(200)).body).toEqual({ status: 'ok' });
  });

  it('answers readiness only when PostgreSQL answers', async () => {
    const { body } = await http().get('/health/ready').expect(200);
    expect(body.info.database.status).toBe('up');
  });

  it('publishes the OpenAPI document and its UI', async () => {
    const { body } = await http().get('/api/docs-json').expect(200);
    expect(body.info.title).toBe('Lärnav API');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/org-units/tree', '/api/people/{id}/transfer']),
    );
    expect((await http().get('/api/docs').expect(200)).text).toContain('swagger');
  });

  it('sends a Content-Security-Policy with every response that lets no inline or foreign script run', async () => {
    for (const path of ['/health/live', '/api/tenant', '/api/docs', '/no-such-page']) {
      const policy = (await http().get(path)).headers['content-security-policy'] as string;
      const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(directives['object-src']).toEqual(["'none'"]);
      expect(directives['base-uri']).toEqual(["'none'"]);
      expect(directives['frame-ancestors']).toEqual(["'none'"]);
      expect(directives['frame-src']).toContain('https://*.sharepoint.com');
    }
  });

  it('gives every response a request id, keeping a sane one the caller sent', async () => {
    const fresh = await http().get('/health/live');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await http().get('/health/live').set('x-request-id', 'lb-1234');
    expect(kept.headers['x-request-id']).toBe('lb-1234');
    const refused = await http().get('/health/live').set('x-request-id', '<script>');
    expect(refused.headers['x-request-id']).not.toBe('<script>');
  });

  it('answers an unknown route with problem+json 404 carrying the request id', async () => {
    const response = await http().get('/api/no-such-thing').set('x-request-id', 'trace-42').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, code: 'not_found', requestId: 'trace-42' });
  });

  it('starts no session for cookieless requests, and still one for a sign-in', async () => {
    const { host } = await t.createTenant('cookieless');
    const count = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM session`))[0].n as number;
    const before = await count();
    for (const path of ['/health/live', '/api/tenant', '/api/auth/me', '/api/no-such-thing']) {
      const response = await http().get(path).set('Host', host);
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect(await count()).toBe(before);
    // Starting a sign-in does start one: it holds the flow's state.
    const login = await http().get('/api/auth/oidc/login').set('Host', host).expect(302);
    expect(String(login.headers['set-cookie'])).toContain('larnav.sid=');
  });

  it('refuses malformed JSON with a 400, not a 500', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/api/org-units')
      .set('Host', 'nowhere.test')
      .set('Content-Type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(response.body.code).toBe('validation_failed');
  });
});
