import type { Profile } from '@node-saml/passport-saml';
import { claimMatches } from '../sign-in/identity-claims';
import { claimsFromSamlProfile, SAML_CLAIM } from './saml-claims';

const profile = (nameID: string, nameIDFormat: string, attributes: Record<string, unknown>): Profile =>
  ({ issuer: 'https://sts.windows.net/tid/', nameID, nameIDFormat, attributes }) as Profile;

describe('claimsFromSamlProfile', () => {
  it("reads Entra ID's claims, with the object id as subject, and answers claim mappings by short name", () => {
    const claims = claimsFromSamlProfile(
      profile('anna@kommun.se', 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress', {
        [SAML_CLAIM.objectId]: 'oid-1',
        [SAML_CLAIM.tenantId]: 'tid-1',
        [SAML_CLAIM.email[0]]: 'Anna@kommun.se',
        [SAML_CLAIM.displayName[0]]: 'Anna Berg',
        [SAML_CLAIM.groups[0]]: ['g-1', 'g-2'],
        [SAML_CLAIM.roles[0]]: 'Larnav.Admin',
      }),
    );
    expect(claims).toMatchObject({
      subject: 'oid-1',
      directoryId: 'tid-1',
      email: 'Anna@kommun.se',
      name: 'Anna Berg',
      groups: ['g-1', 'g-2'],
      roles: ['Larnav.Admin'],
    });
    expect(claimMatches(claims, 'groups', 'g-2')).toBe(true);
    expect(claimMatches(claims, SAML_CLAIM.groups[0], 'g-1')).toBe(true);
    expect(claimMatches(claims, 'tid', 'tid-1')).toBe(true);
  });

  it("reads ADFS's claims: persistent NameID as subject, name from its parts, groups from either claim type", () => {
    const claims = claimsFromSamlProfile(
      profile('S-1-5-21-1', 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent', {
        [SAML_CLAIM.upn]: 'erik@kommun.local',
        [SAML_CLAIM.givenName]: 'Erik',
        [SAML_CLAIM.surname]: 'Olsson',
        [SAML_CLAIM.groups[1]]: ['Bygglov', 'Alla'],
        [SAML_CLAIM.groups[0]]: 'Bygglov',
      }),
    );
    expect(claims).toMatchObject({
      subject: 'S-1-5-21-1',
      directoryId: null,
      email: 'erik@kommun.local',
      name: 'Erik Olsson',
    });
    expect(claims.groups).toEqual(['Bygglov', 'Alla']);
  });

  it('never takes a transient NameID as the subject: it would be a new person at every sign-in', () => {
    const claims = claimsFromSamlProfile(profile('_tmp123', 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient', {}));
    expect(claims.subject).toBe('');
    expect(claims).toMatchObject({ email: null, name: null, roles: [], groups: [] });
  });
});
