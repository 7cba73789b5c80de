import { ProblemCode } from '@larnav/contracts';
import { createApiClient } from './client';
import { CSRF_HEADER } from './csrf';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

const me = (csrfToken: string) =>
  json({
    person: {
      id: 'p',
      name: 'Anders Nyberg',
      email: 'a@x.se',
      employments: [],
    },
    roles: ['learner', 'admin'],
    permissions: [],
    hrUnitIds: [],
    managesTeam: false,
    csrfToken,
  });

const csrfInvalid = () =>
  json(
    {
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
      detail: 'The form has expired',
      code: ProblemCode.CsrfInvalid,
    },
    403,
  );

/** A server that remembers every request it was sent, answering each from `answer`. */
function fakeServer(answer: (request: Request) => Response) {
  const seen: { method: string; path: string; csrf: string | null }[] = [];
  const fetch = jest.fn(async (input: RequestInfo | URL) => {
    const request = input as Request;
    seen.push({
      method: request.method,
      path: new URL(request.url).pathname,
      csrf: request.headers.get(CSRF_HEADER),
    });
    return answer(request);
  });
  return { seen, fetch: fetch as unknown as typeof globalThis.fetch };
}

const revoke = (client: ReturnType<typeof createApiClient>) =>
  client.DELETE('/api/admin/tokens/{id}', { params: { path: { id: 't1' } } });

describe('the CSRF token on state-changing requests', () => {
  it('sends the token from the /me answer the app already has', async () => {
    const server = fakeServer((request) =>
      request.url.endsWith('/api/auth/me') ? me('token-1') : new Response(null, { status: 204 }),
    );
    const client = createApiClient({
      baseUrl: 'http://localhost',
      fetch: server.fetch,
    });
    await client.GET('/api/auth/me');
    const { response } = await revoke(client);

    expect(response.status).toBe(204);
    expect(server.seen).toEqual([
      { method: 'GET', path: '/api/auth/me', csrf: null },
      { method: 'DELETE', path: '/api/admin/tokens/t1', csrf: 'token-1' },
    ]);
  });

  it('asks /me for a token first when it has none', async () => {
    const server = fakeServer((request) =>
      request.url.endsWith('/api/auth/me') ? me('token-1') : json({ redirectTo: 'http://idp/session/end' }),
    );
    const client = createApiClient({
      baseUrl: 'http://localhost',
      fetch: server.fetch,
    });
    const { data } = await client.POST('/api/auth/sign-out');

    expect(data).toEqual({ redirectTo: 'http://idp/session/end' });
    expect(server.seen.map((r) => [r.method, r.path, r.csrf])).toEqual([
      ['GET', '/api/auth/me', null],
      ['POST', '/api/auth/sign-out', 'token-1'],
    ]);
  });

  it('does not send it on reads', async () => {
    const server = fakeServer(() => json([]));
    const client = createApiClient({
      baseUrl: 'http://localhost',
      fetch: server.fetch,
    });
    await client.GET('/api/admin/tokens');
    expect(server.seen).toEqual([{ method: 'GET', path: '/api/admin/tokens', csrf: null }]);
  });

  it('fetches a fresh token and retries once when the token was refused', async () => {
    let meAnswers = 0;
    const server = fakeServer((request) => {
      if (request.url.endsWith('/api/auth/me')) return me(`token-${++meAnswers}`);
      return request.headers.get(CSRF_HEADER) === 'token-2' ? json({ id: 'g1' }, 201) : csrfInvalid();
    });
    const client = createApiClient({
      baseUrl: 'http://localhost',
      fetch: server.fetch,
    });
    await client.GET('/api/auth/me');
    const { data, response } = await client.POST('/api/admin/role-grants', {
      body: { personId: 'p', role: 'trainer' },
    });

    expect(response.status).toBe(201);
    expect(data).toEqual({ id: 'g1' });
    expect(server.seen.map((r) => [r.method, r.path, r.csrf])).toEqual([
      ['GET', '/api/auth/me', null],
      ['POST', '/api/admin/role-grants', 'token-1'],
      ['GET', '/api/auth/me', null],
      ['POST', '/api/admin/role-grants', 'token-2'],
    ]);
  });

  it('gives up after one retry and passes the refusal on', async () => {
    const server = fakeServer((request) => (request.url.endsWith('/api/auth/me') ? me('stale') : csrfInvalid()));
    const client = createApiClient({
      baseUrl: 'http://localhost',
      fetch: server.fetch,
    });
    const { error, response } = await revoke(client);

    expect(response.status).toBe(403);
    expect(error).toMatchObject({ code: ProblemCode.CsrfInvalid });
    expect(server.seen.filter((r) => r.method === 'DELETE')).toHaveLength(2);
  });
});
