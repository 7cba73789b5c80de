/** What Lärnav reads from an ID token or a SAML assertion. */
export interface IdentityClaims {
  /** The IdP's stable id for the person: Entra `oid`, else `sub` (SAML: NameID). */
  subject: string;
  /** The IdP directory, Entra `tid`. */
  directoryId: string | null;
  email: string | null;
  name: string | null;
  roles: string[];
  groups: string[];
  /** Every claim, for claim mappings on custom claims. */
  all: Record<string, unknown>;
}

/** From an Entra-style ID token payload. */
export function claimsFromIdToken(payload: Record<string, unknown>): IdentityClaims {
  const text = (key: string) => (typeof payload[key] === 'string' ? (payload[key] as string) : null);
  const list = (key: string) => (Array.isArray(payload[key]) ? (payload[key] as unknown[]).map(String) : []);
  return {
    subject: text('oid') ?? text('sub') ?? '',
    directoryId: text('tid'),
    email: text('email') ?? text('preferred_username'),
    name: text('name'),
    roles: list('roles'),
    groups: list('groups'),
    all: payload,
  };
}

/** True when the claim holds the value (or, for a list claim, includes it). */
export function claimMatches(claims: IdentityClaims, claim: string, value: string): boolean {
  const held = claims.all[claim];
  return Array.isArray(held) ? held.map(String).includes(value) : held !== undefined && String(held) === value;
}
