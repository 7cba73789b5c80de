import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/schema';
import { csrfMiddleware } from './csrf';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** Empty means same origin: the API serves the web app, and Vite proxies /api in development. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  // Looked up at call time, so tests and polyfills that replace globalThis.fetch are honoured.
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const client = createClient<paths>({
    baseUrl,
    fetch: fetchFn,
    headers: { Accept: 'application/json, application/problem+json' },
  });
  client.use(csrfMiddleware(baseUrl, fetchFn));
  return client;
}
