/** Just enough of a browser's cookie store for the IdP's own cookies: name → value, per origin. */
export class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  /** Takes the response's Set-Cookie headers; an expired or emptied cookie is forgotten. */
  store(url: string | URL, response: Response): void {
    const { origin } = new URL(url);
    const jar = this.cookies.get(origin) ?? new Map<string, string>();
    this.cookies.set(origin, jar);
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expires = attributes.find((a) => a.trim().toLowerCase().startsWith('expires='));
      const expired = expires !== undefined && Date.parse(expires.trim().slice('expires='.length)) <= Date.now();
      if (!value || expired) jar.delete(name);
      else jar.set(name, value);
    }
  }

  /** The Cookie header for a request to `url` (paths ignored: every cookie goes to its origin). */
  header(url: string | URL): string {
    const jar = this.cookies.get(new URL(url).origin);
    return jar ? [...jar].map(([name, value]) => `${name}=${value}`).join('; ') : '';
  }

  /** fetch without following redirects, sending and keeping cookies. */
  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.header(url);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.store(url, response);
    return response;
  }
}

export type DevIdpUser = { email: string } | { sub: string };

/**
 * Drives the dev IdP's pages the way a person would: from the client's authorization URL through
 * the sign-in page, signed in as `user`, to the client's redirect URI, which is returned (with
 * `code`, `state` and `iss`, or with `error`). When the jar already holds an IdP session, the IdP
 * answers without showing the page, as Entra does. Expects the default (query) response mode.
 */
export async function signInAtDevIdp(
  authorizationUrl: string | URL,
  user: DevIdpUser,
  jar = new CookieJar(),
): Promise<URL> {
  let url = new URL(authorizationUrl);
  const idp = url.origin;
  for (let step = 0; step < 10; step++) {
    if (url.origin !== idp) return url;
    const response = await jar.fetch(url);
    if (isRedirect(response.status)) {
      url = new URL(response.headers.get('location') ?? '', url);
      continue;
    }
    if (response.status === 200 && url.pathname.startsWith('/interaction/')) {
      const form = new URLSearchParams('email' in user ? { email: user.email } : { account: user.sub });
      const posted = await jar.fetch(new URL(`${url.pathname}/login`, idp), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      });
      if (!isRedirect(posted.status)) {
        throw new Error(`The dev IdP refused the sign-in (${posted.status}): ${textOf(await posted.text())}`);
      }
      url = new URL(posted.headers.get('location') ?? '', url);
      continue;
    }
    throw new Error(
      `Unexpected answer from the dev IdP at ${url} (${response.status}): ${textOf(await response.text())}`,
    );
  }
  throw new Error('The dev IdP redirected more than 10 times');
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

/** The visible text of an HTML page, shortened: enough to see the error message. */
function textOf(page: string): string {
  return page
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
}
