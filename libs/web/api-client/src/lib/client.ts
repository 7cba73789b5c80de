import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/schema';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** Empty means same origin: the API serves the web app, and Vite proxies /api in development. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  return createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    fetch: options.fetch,
    headers: { Accept: 'application/json, application/problem+json' },
  });
}
