import type { ApiClient } from '../lib/client';

/** What a fake endpoint answers: a body and a status (200 unless given). */
export interface FakeAnswer {
  status?: number;
  body?: unknown;
}

export interface FakeRequest {
  method: string;
  path: string;
  params: Record<string, unknown>;
  body: unknown;
}

type FakeRoute = (request: FakeRequest) => FakeAnswer;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * An ApiClient for unit tests, keyed by OpenAPI path: '/api/tenant' answers GET, and
 * 'POST /api/admin/tokens' (or PUT, PATCH, DELETE) the other methods. jsdom has no fetch, and
 * faking at the client boundary keeps tests independent of URL building.
 */
export function createFakeApiClient(routes: Record<string, FakeRoute | FakeAnswer>): ApiClient {
  const call =
    (method: (typeof METHODS)[number]) =>
    async (path: string, init?: { params?: Record<string, unknown>; body?: unknown }) => {
      const route = routes[`${method} ${path}`] ?? (method === 'GET' ? routes[path] : undefined);
      if (!route) throw new TypeError(`fake api: no answer for ${method} ${path}`);
      const answer =
        typeof route === 'function'
          ? route({
              method,
              path,
              params: init?.params ?? {},
              body: init?.body,
            })
          : route;
      const status = answer.status ?? 200;
      const ok = status < 400;
      return {
        data: ok ? answer.body : undefined,
        error: ok ? undefined : answer.body,
        response: { status, ok, statusText: ok ? 'OK' : 'Error' },
      };
    };
  return Object.fromEntries(METHODS.map((method) => [method, call(method)])) as unknown as ApiClient;
}
