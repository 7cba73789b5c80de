import type { ApiClient } from '../lib/client';

/** What a fake endpoint answers: a body and a status (200 unless given). */
export interface FakeAnswer {
  status?: number;
  body: unknown;
}

type FakeRoute = (request: {
  path: string;
  params: Record<string, unknown>;
}) => FakeAnswer;

/**
 * An ApiClient for unit tests, keyed by OpenAPI path ('/api/tenant'). jsdom has no fetch, and
 * faking at the client boundary keeps tests independent of URL building.
 */
export function createFakeApiClient(
  routes: Record<string, FakeRoute | FakeAnswer>,
): ApiClient {
  const GET = async (
    path: string,
    init?: { params?: Record<string, unknown> },
  ) => {
    const route = routes[path];
    if (!route) throw new TypeError(`fake api: no answer for GET ${path}`);
    const answer =
      typeof route === 'function'
        ? route({ path, params: init?.params ?? {} })
        : route;
    const status = answer.status ?? 200;
    const ok = status < 400;
    return {
      data: ok ? answer.body : undefined,
      error: ok ? undefined : answer.body,
      response: { status, ok, statusText: ok ? 'OK' : 'Error' },
    };
  };
  return { GET } as unknown as ApiClient;
}
