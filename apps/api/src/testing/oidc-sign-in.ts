import type { Server } from 'node:http';
import request from 'supertest';
import { BrowserResponse, TestBrowser } from './browser';

/** How the test picks an identity on the dev IdP's sign-in page. */
export type DevIdpChoice = { account: string } | { email: string };

export interface SignedInSession {
  host: string;
  cookie: string;
  csrfToken: string;
  browser: TestBrowser;
}

/**
 * Signs in through the whole OpenID Connect redirect flow: the API's login route, the dev IdP's
 * authorization endpoint and sign-in form, then the API's callback. No shortcut.
 */
export async function signInWithOidc(
  api: Server,
  host: string,
  choice: DevIdpChoice,
  returnTo = '/',
): Promise<SignedInSession> {
  const browser = new TestBrowser(api);
  const signInPage = await browser.navigate(
    `http://${host}/api/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`,
  );
  const action = formAction(signInPage);
  const landed = await browser.navigate(new URL(action, signInPage.url).href, 'POST', choice as Record<string, string>);
  if (!browser.cookie(host, 'larnav.sid') || landed.url.includes('error=')) {
    throw new Error(`Sign-in did not complete; ended at ${landed.url} (${landed.status})`);
  }
  const cookie = browser.cookieHeader(host);
  const me = await request(api).get('/api/auth/me').set('Host', host).set('Cookie', cookie).expect(200);
  return { host, cookie, csrfToken: me.body.csrfToken, browser };
}

/** The sign-in form's target on the dev IdP's page. */
export function formAction(page: BrowserResponse): string {
  const match = /<form[^>]*action="([^"]*\/login)"/.exec(page.body);
  if (!match) throw new Error(`No sign-in form at ${page.url} (${page.status}): ${page.body.slice(0, 300)}`);
  return match[1].replace(/&amp;/g, '&');
}
