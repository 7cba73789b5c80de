import type { Profile } from '@node-saml/passport-saml';
import type { IdentityClaims } from '../sign-in/identity-claims';

/** The claim types ADFS and Entra ID send by convention, and the SAML 2.0 attribute profile's OIDs. */
export const SAML_CLAIM = {
  objectId: 'http://schemas.microsoft.com/identity/claims/objectidentifier',
  tenantId: 'http://schemas.microsoft.com/identity/claims/tenantid',
  email: ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', 'urn:oid:0.9.2342.19200300.100.1.3'],
  upn: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn',
  displayName: ['http://schemas.microsoft.com/identity/claims/displayname', 'urn:oid:2.16.840.1.113730.3.1.241'],
  givenName: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
  surname: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname',
  commonName: 'http://schemas.xmlsoap.org/claims/CommonName',
  groups: ['http://schemas.microsoft.com/ws/2008/06/identity/claims/groups', 'http://schemas.xmlsoap.org/claims/Group'],
  roles: ['http://schemas.microsoft.com/ws/2008/06/identity/claims/role'],
} as const;

const TRANSIENT_NAME_ID = 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient';

/**
 * From a verified SAML assertion. The subject is Entra's object id when sent (the same person
 * as over OpenID Connect), else the NameID unless it is transient (new at every sign-in, so it
 * could never find the person again). `all` holds every attribute under its claim type, plus
 * the short names an ID token uses (`groups`, `roles`, `email`, `name`, `tid`), so one claim
 * mapping serves both sign-in methods.
 */
export function claimsFromSamlProfile(profile: Profile): IdentityClaims {
  const attributes = (profile['attributes'] ?? {}) as Record<string, unknown>;
  const list = (...types: readonly string[]) => [...new Set(types.flatMap((type) => values(attributes[type])))];
  const text = (...types: readonly string[]) => list(...types)[0] ?? null;

  const nameId = profile.nameIDFormat === TRANSIENT_NAME_ID ? null : profile.nameID?.trim() || null;
  const subject = text(SAML_CLAIM.objectId) ?? nameId ?? '';
  const email = text(...SAML_CLAIM.email) ?? text(SAML_CLAIM.upn);
  const fullName = [text(SAML_CLAIM.givenName), text(SAML_CLAIM.surname)].filter(Boolean).join(' ');
  const name = text(...SAML_CLAIM.displayName) ?? (fullName || null) ?? text(SAML_CLAIM.commonName);
  const directoryId = text(SAML_CLAIM.tenantId);
  const groups = list(...SAML_CLAIM.groups);
  const roles = list(...SAML_CLAIM.roles);

  const shortNames: Record<string, unknown> = { groups, roles };
  if (email) shortNames['email'] = email;
  if (name) shortNames['name'] = name;
  if (directoryId) shortNames['tid'] = directoryId;
  return { subject, directoryId, email, name, roles, groups, all: { ...attributes, ...shortNames } };
}

/** An attribute's values as text: node-saml gives one value as itself and several as a list. */
function values(value: unknown): string[] {
  const all = Array.isArray(value) ? value : [value];
  return all
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map((v) => String(v).trim())
    .filter(Boolean);
}
