import type { Middleware } from 'openapi-fetch';
import { ProblemCode } from '@larnav/contracts';
import { isProblem } from './problem-error';

export const CSRF_HEADER = 'X-CSRF-Token';
const ME_PATH = '/api/auth/me';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one place that sends the session's CSRF token: every state-changing request carries the
 * token from the latest /api/auth/me answer (fetching it first if none was seen), and a request
 * refused as `csrf_invalid` (the token changed, say after signing in again in another tab) is
 * retried once with a fresh token.
 */
export function csrfMiddleware(baseUrl: string, fetchFn: typeof fetch): Middleware {
  let token: string | undefined;
  let pending: Promise<string | undefined> | undefined;
  const retries = new Map<string, Request>();

  const fetchToken = () => {
    pending ??= (async () => {
      try {
        const response = await fetchFn(
          new Request(new URL(`${baseUrl}${ME_PATH}`, window.location.href), {
            headers: { Accept: 'application/json' },
            credentials: 'same-origin',
          }),
        );
        token = response.ok ? (await response.json()).csrfToken : undefined;
        return token;
      } finally {
        pending = undefined;
      }
    })();
    return pending;
  };

  return {
    async onRequest({ request, id }) {
      if (SAFE_METHODS.has(request.method)) return undefined;
      const current = token ?? (await fetchToken());
      if (current) request.headers.set(CSRF_HEADER, current);
      retries.set(id, request.clone());
      return request;
    },

    async onResponse({ request, response, schemaPath, id }) {
      if (schemaPath === ME_PATH && request.method === 'GET') {
        if (response.ok) token = (await response.clone().json()).csrfToken;
        else if (response.status === 401) token = undefined;
        return undefined;
      }
      const retry = retries.get(id);
      retries.delete(id);
      if (!retry || response.status !== 403) return undefined;
      const body = await response
        .clone()
        .json()
        .catch(() => undefined);
      if (!isProblem(body) || body.code !== ProblemCode.CsrfInvalid) return undefined;
      token = undefined;
      const fresh = await fetchToken();
      if (!fresh) return undefined;
      retry.headers.set(CSRF_HEADER, fresh);
      return fetchFn(retry);
    },

    onError({ id }) {
      retries.delete(id);
      return undefined;
    },
  };
}
