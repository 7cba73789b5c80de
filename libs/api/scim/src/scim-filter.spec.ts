import { compileFilter, FilterColumn } from './scim-filter';

const COLUMNS: Record<string, FilterColumn> = {
  userName: { sql: 'p.email', type: 'string' },
  externalId: { sql: 'p.external_id', type: 'string', caseExact: true },
  active: { sql: 'p.active', type: 'boolean' },
  id: { sql: 'p.id', type: 'id' },
};

describe('SCIM filters as SQL', () => {
  it('compiles operators in any case to parameters, never to text in the SQL', () => {
    const compiled = compileFilter(`USERNAME Eq "a@b.se" AND (externalId sw "x%" Or active eq "True")`, COLUMNS, 2);
    expect(compiled.where).toBe(`(lower(p.email) = lower($2) AND (p.external_id LIKE $3 OR p.active = $4))`);
    expect(compiled.params).toEqual(['a@b.se', 'x\\%%', true]);
  });

  it('takes the schema URN before a name, presence, and ids that are no uuid', () => {
    expect(compileFilter('urn:ietf:params:scim:schemas:core:2.0:User:userName pr', COLUMNS).where).toBe(
      "(p.email IS NOT NULL AND p.email <> '')",
    );
    expect(compileFilter('id eq "nope"', COLUMNS).where).toBe('FALSE');
  });

  it('refuses unknown attributes and unreadable filters as invalidFilter', () => {
    expect(() => compileFilter('password eq "x"', COLUMNS)).toThrow(
      expect.objectContaining({ scimType: 'invalidFilter' }),
    );
    expect(() => compileFilter('userName eq', COLUMNS)).toThrow(expect.objectContaining({ scimType: 'invalidFilter' }));
  });
});
