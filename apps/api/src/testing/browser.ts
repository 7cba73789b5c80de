import type { Server } from 'node:http';
import request from 'supertest';

export interface BrowserResponse {
  status: number;
  location: string | null;
  body: string;
  url: string;
}

/**
 * A minimal browser for sign-in tests: a cookie jar per host and redirects followed one hop at a
 * time. Requests to the municipality's address (`*.test`) go to the API under test in memory;
 * every other URL (the dev IdP) goes over the network, exactly as a browser's would.
 */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, string>>();
  readonly history: BrowserResponse[] = [];

  constructor(private readonly api: Server) {}

  cookieHeader(host: string): string {
    return [...(this.jar.get(host) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  /** One request, no redirects followed. */
  async send(method: 'GET' | 'POST', url: string, form?: Record<string, string>): Promise<BrowserResponse> {
    const target = new URL(url);
    const body = form ? new URLSearchParams(form).toString() : undefined;
    const response = target.hostname.endsWith('.test')
      ? await this.toApi(method, target, body)
      : await this.toNetwork(method, target, body);
    this.history.push(response);
    return response;
  }

  /** Follows redirects until a page answers; returns every hop's response, last one last. */
  async navigate(url: string, method: 'GET' | 'POST' = 'GET', form?: Record<string, string>, maxHops = 15) {
    let response = await this.send(method, url, form);
    for (let hop = 0; response.location && hop < maxHops; hop++) {
      response = await this.send('GET', new URL(response.location, response.url).href);
    }
    return response;
  }

  private async toApi(method: string, target: URL, body?: string): Promise<BrowserResponse> {
    const agent = request(this.api);
    let call = (
      method === 'POST' ? agent.post(target.pathname + target.search) : agent.get(target.pathname + target.search)
    )
      .set('Host', target.host)
      .redirects(0);
    const cookies = this.cookieHeader(target.host);
    if (cookies) call = call.set('Cookie', cookies);
    if (body !== undefined) call = call.type('form').send(body);
    const response = await call.ok(() => true);
    this.store(target.host, response.headers['set-cookie'] as unknown as string[] | undefined);
    return {
      status: response.status,
      location: response.headers['location'] ?? null,
      body: response.text ?? '',
      url: target.href,
    };
  }

  private async toNetwork(method: string, target: URL, body?: string): Promise<BrowserResponse> {
    const headers: Record<string, string> = {};
    const cookies = this.cookieHeader(target.host);
    if (cookies) headers['cookie'] = cookies;
    if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(target, { method, headers, body, redirect: 'manual' });
    this.store(target.host, response.headers.getSetCookie());
    return {
      status: response.status,
      location: response.headers.get('location'),
      body: await response.text(),
      url: target.href,
    };
  }

  private store(host: string, setCookies: string[] | undefined): void {
    const jar = this.jar.get(host) ?? new Map<string, string>();
    for (const line of setCookies ?? []) {
      const [pair, ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    this.jar.set(host, jar);
  }
}
