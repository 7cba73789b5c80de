import { applyPatch, canonicalPath, patchOperations } from './scim-patch-ops';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe('SCIM PATCH normalisation', () => {
  it('spells attribute names as the schemas do, with or without a URN', () => {
    expect(canonicalPath('DisplayName')).toBe('displayName');
    expect(canonicalPath('name.GIVENNAME')).toBe('name.givenName');
    expect(canonicalPath('Emails[type eq "work"].Value')).toBe('emails[type eq "work"].value');
    expect(canonicalPath(`${ENTERPRISE.toUpperCase()}:Department`)).toBe(`${ENTERPRISE}:department`);
    expect(canonicalPath('urn:ietf:params:scim:schemas:core:2.0:User:userName')).toBe('userName');
  });

  it('lowers op and gives a whole extension object to scim-patch one attribute at a time', () => {
    const ops = patchOperations({ Operations: [{ op: 'Replace', value: { [ENTERPRISE]: { Department: 'SBF' } } }] });
    expect(ops).toEqual([{ op: 'replace', value: { [`${ENTERPRISE}:department`]: 'SBF' } }]);
    const patched = applyPatch({ schemas: [], [ENTERPRISE]: { department: 'X', employeeNumber: '1' } }, ops);
    expect(patched).toEqual({ schemas: [], [ENTERPRISE]: { department: 'SBF', employeeNumber: '1' } });
  });

  it('refuses what is no PATCH, with SCIM types', () => {
    expect(() => patchOperations({})).toThrow(expect.objectContaining({ scimType: 'invalidSyntax' }));
    expect(() => patchOperations({ Operations: [{ op: 'move' }] })).toThrow(
      expect.objectContaining({ scimType: 'invalidValue' }),
    );
    expect(() => patchOperations({ Operations: [{ op: 'remove' }] })).toThrow(
      expect.objectContaining({ scimType: 'noTarget' }),
    );
  });
});
