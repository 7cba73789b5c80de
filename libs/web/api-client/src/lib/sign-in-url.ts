export type SignInMethod = 'oidc' | 'saml';

/**
 * Where the browser goes to sign in: a full-page navigation, since the API redirects on to the
 * municipality's identity provider and back to `returnTo` (a path on this site).
 */
export function signInUrl(method: SignInMethod, returnTo: string): string {
  return `/api/auth/${method}/login?${new URLSearchParams({ returnTo })}`;
}
