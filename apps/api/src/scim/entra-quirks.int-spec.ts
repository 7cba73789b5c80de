import request from 'supertest';
import {
  employmentsOf,
  ENTERPRISE,
  entraUser,
  expectScimError,
  GROUP_SCHEMA,
  patch,
  personRow,
  ScimWorld,
  scimWorld,
  today,
} from '../testing/scim-world';

/**
 * Microsoft's "Known issues with SCIM 2.0 protocol compliance" of Entra ID's provisioning
 * service, each on its own: the libraries we use get some of them wrong, so each is proven here.
 */
describe('SCIM as Entra ID speaks it', () => {
  let w: ScimWorld;
  let n = 0;
  const newUser = async (extra: Record<string, unknown> = {}, enterprise: Record<string, unknown> = {}) => {
    const email = `person${++n}.test@stenungsund.se`;
    const created = await w
      .scim('post', '/Users', entraUser(email, { externalId: `oid-${n}`, ...extra }, enterprise))
      .expect(201);
    return created.body.id as string;
  };
  const filter = (text: string) => w.scim('get', `/Users?filter=${encodeURIComponent(text)}`);

  beforeAll(async () => {
    w = await scimWorld();
  });
  afterAll(() => w.t.close());

  it('takes op in any case: "Replace", "Add", "REMOVE"', async () => {
    const id = await newUser();
    await w.scim('patch', `/Users/${id}`, patch({ op: 'Replace', path: 'displayName', value: 'Ny Namn' })).expect(200);
    await w
      .scim('patch', `/Users/${id}`, patch({ op: 'Add', path: `${ENTERPRISE}:employeeNumber`, value: '77' }))
      .expect(200);
    await w.scim('patch', `/Users/${id}`, patch({ op: 'REMOVE', path: 'title' })).expect(200);
    expect(await personRow(w.t, id)).toMatchObject({ name: 'Ny Namn', employeeNumber: '77' });
  });

  it('reads active as the strings "False" and "True"', async () => {
    const id = await newUser();
    await w.scim('patch', `/Users/${id}`, patch({ op: 'Replace', path: 'active', value: 'False' })).expect(200);
    expect((await personRow(w.t, id)).active).toBe(false);
    await w.scim('patch', `/Users/${id}`, patch({ op: 'replace', value: { active: 'True' } })).expect(200);
    expect((await personRow(w.t, id)).active).toBe(true);
  });

  it('takes a PATCH without a path whose value has dotted keys and whole extension URNs as keys', async () => {
    const id = await newUser();
    await w
      .scim(
        'patch',
        `/Users/${id}`,
        patch({
          op: 'Replace',
          value: {
            'name.givenName': 'Greta',
            displayName: 'Greta Garbo',
            [`${ENTERPRISE}:employeeNumber`]: '4242',
            [ENTERPRISE]: { department: 'SBF' },
          },
        }),
      )
      .expect(200);
    expect(await personRow(w.t, id)).toMatchObject({ name: 'Greta Garbo', employeeNumber: '4242' });
    expect((await employmentsOf(w.t, id)).map((e) => e.code)).toEqual(['SBF']);
  });

  it('takes paths like emails[type eq "work"].value and the enterprise URN with manager', async () => {
    const manager = await newUser();
    const id = await newUser();
    const response = await w
      .scim(
        'patch',
        `/Users/${id}`,
        patch(
          { op: 'Replace', path: 'emails[type eq "work"].value', value: 'other@stenungsund.se' },
          { op: 'Add', path: `${ENTERPRISE}:manager`, value: manager },
        ),
      )
      .expect(200);
    expect(response.body[ENTERPRISE].manager).toEqual({ value: manager });
    expect((await personRow(w.t, id)).managerId).toBe(manager);
  });

  it('takes manager as a bare string and as an object, and removes it', async () => {
    const manager = await newUser();
    const asString = await newUser({}, { manager });
    expect((await personRow(w.t, asString)).managerId).toBe(manager);
    const asObject = await newUser({}, { manager: { value: manager } });
    expect((await personRow(w.t, asObject)).managerId).toBe(manager);
    await w.scim('patch', `/Users/${asObject}`, patch({ op: 'Remove', path: `${ENTERPRISE}:manager` })).expect(200);
    expect((await personRow(w.t, asObject)).managerId).toBeNull();
    // A manager Lärnav has not seen yet is no error: Entra may send them later.
    await w
      .scim(
        'patch',
        `/Users/${asString}`,
        patch({ op: 'Replace', path: `${ENTERPRISE}:manager`, value: 'not-provisioned-yet' }),
      )
      .expect(200);
  });

  it('takes an add of an attribute that is empty', async () => {
    const id = await newUser();
    await w.scim('patch', `/Users/${id}`, patch({ op: 'Add', path: 'title', value: '' })).expect(200);
    await w
      .scim('patch', `/Users/${id}`, patch({ op: 'Add', path: `${ENTERPRISE}:department`, value: '' }))
      .expect(200);
    const group = (await w.scim('post', '/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Tom' }).expect(201)).body
      .id;
    await w
      .scim('patch', `/Groups/${group}`, patch({ op: 'Add', path: 'members', value: [{ value: id }] }))
      .expect(200);
    const members = (await w.scim('get', `/Groups/${group}`).expect(200)).body.members;
    expect(members.map((m: { value: string }) => m.value)).toEqual([id]);
  });

  it('removes a member by a filter path, and with a value list', async () => {
    const [a, b, c] = [await newUser(), await newUser(), await newUser()];
    const group = (
      await w
        .scim('post', '/Groups', {
          schemas: [GROUP_SCHEMA],
          displayName: 'Tre',
          members: [{ value: a }, { value: b }, { value: c }],
        })
        .expect(201)
    ).body.id;
    await w.scim('patch', `/Groups/${group}`, patch({ op: 'Remove', path: `members[value eq "${a}"]` })).expect(200);
    await w
      .scim('patch', `/Groups/${group}`, patch({ op: 'remove', path: 'members', value: [{ value: b }] }))
      .expect(200);
    const left = (await w.scim('get', `/Groups/${group}`).expect(200)).body.members.map(
      (m: { value: string }) => m.value,
    );
    expect(left).toEqual([c]);
  });

  it('matches attribute names and operators in any case, in filters and in paths', async () => {
    const id = await newUser({ userName: 'Case.Mixed@Stenungsund.se', emails: [] });
    const found = await filter('USERNAME EQ "case.mixed@stenungsund.se"').expect(200);
    expect(found.body.Resources.map((r: { id: string }) => r.id)).toEqual([id]);
    await w
      .scim('patch', `/Users/${id}`, patch({ op: 'replace', path: 'DisplayName', value: 'Stora Bokstäver' }))
      .expect(200);
    expect((await personRow(w.t, id)).name).toBe('Stora Bokstäver');
    const response = await w.scim('get', `/Users/${id}`).expect(200);
    expect(response.body).not.toHaveProperty('DisplayName');
  });

  it('filters with eq, co, sw, pr, and, or on userName, externalId, displayName and emails.value', async () => {
    const id = await newUser({ displayName: 'Filtrerad Fiskare', externalId: 'oid-filter-1' });
    const email = (await personRow(w.t, id)).email as string;
    const ids = async (text: string) =>
      (await filter(text).expect(200)).body.Resources.map((r: { id: string }) => r.id) as string[];
    expect(await ids(`emails.value eq "${email}"`)).toEqual([id]);
    expect(await ids('displayName co "fiskare"')).toEqual([id]);
    expect(await ids('displayName sw "Filtrerad" and externalId eq "oid-filter-1"')).toEqual([id]);
    expect(await ids('externalId eq "oid-filter-1" or externalId eq "nobody"')).toEqual([id]);
    expect(await ids('externalId eq "OID-FILTER-1"')).toEqual([]); // externalId is caseExact
    expect((await ids('externalId pr')).length).toBeGreaterThan(1);
    expect(await ids(`emails[type eq "work" and value eq "${email}"]`)).toEqual([id]);
  });

  it('pages with startIndex and count, and counts everything in totalResults', async () => {
    for (let i = 0; i < 3; i++) await newUser({ displayName: `Sida Person ${i}` });
    const page = (startIndex: number, count: number) =>
      filter('displayName sw "Sida Person"').query({ startIndex, count }).expect(200);
    const first = (await page(1, 2)).body;
    expect(first).toMatchObject({ totalResults: 3, startIndex: 1, itemsPerPage: 2 });
    const second = (await page(3, 2)).body;
    expect(second).toMatchObject({ totalResults: 3, startIndex: 3, itemsPerPage: 1 });
    expect(second.Resources[0].displayName).toBe('Sida Person 2');
    expect((await page(1, 0)).body).toMatchObject({ totalResults: 3, itemsPerPage: 0, Resources: [] });
  });

  it('answers a filter that matches nobody with an empty ListResponse', async () => {
    const response = await filter('userName eq "ingen@stenungsund.se"').expect(200);
    expect(response.body).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 0,
      startIndex: 1,
      itemsPerPage: 0,
      Resources: [],
    });
  });

  it('leaves members out of Groups with excludedAttributes=members', async () => {
    const id = await newUser();
    const group = (
      await w
        .scim('post', '/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Utan', members: [{ value: id }] })
        .expect(201)
    ).body.id;
    const one = await w.scim('get', `/Groups/${group}?excludedAttributes=members`).expect(200);
    expect(one.body).not.toHaveProperty('members');
    expect(one.body.displayName).toBe('Utan');
  });

  it('keeps a person whose department matches no unit, and puts them on the "needs placement" list', async () => {
    const id = await newUser({}, { department: 'Okänd avdelning' });
    expect(await employmentsOf(w.t, id)).toEqual([]);
    const needs = (await w.admin.get('/api/admin/needs-placement').expect(200)).body;
    expect(needs).toEqual([expect.objectContaining({ personId: id, department: 'Okänd avdelning' })]);
    // A later update with a department that exists places them and clears the need.
    await w
      .scim('patch', `/Users/${id}`, patch({ op: 'Replace', path: `${ENTERPRISE}:department`, value: 'bygglov' }))
      .expect(200);
    expect(await employmentsOf(w.t, id)).toEqual([
      { code: 'SBF-BYGG', jobRole: 'handläggare', startDate: today(), endDate: null },
    ]);
    expect((await w.admin.get('/api/admin/needs-placement').expect(200)).body).toEqual([]);
    // …as does a hire through the API for another unplaced person.
    const other = await newUser({}, { department: 'Finns inte' });
    await w.admin
      .post(`/api/people/${other}/employments`)
      .send({ orgUnitId: w.units.sbf, jobRole: 'handläggare', startDate: today() })
      .expect(201);
    expect((await w.admin.get('/api/admin/needs-placement').expect(200)).body).toEqual([]);
  });

  it('serves ServiceProviderConfig, ResourceTypes and Schemas', async () => {
    const config = await w.scim('get', '/ServiceProviderConfig').expect(200);
    expect(config.headers['content-type']).toMatch(/^application\/scim\+json/);
    expect(config.body.patch.supported).toBe(true);
    expect(config.body.filter.supported).toBe(true);
    const types = (await w.scim('get', '/ResourceTypes').expect(200)).body.Resources.map((r: { id: string }) => r.id);
    expect(types).toEqual(['User', 'Group']);
    const schemas = (await w.scim('get', '/Schemas').expect(200)).body.Resources.map((r: { id: string }) => r.id);
    expect(schemas).toContain(ENTERPRISE);
  });

  it('replaces a user with PUT', async () => {
    const id = await newUser();
    const email = (await personRow(w.t, id)).email as string;
    const put = await w
      .scim(
        'put',
        `/Users/${id}`,
        entraUser(email, { externalId: `oid-put`, displayName: 'Helt Ny' }, { department: 'SBF' }),
      )
      .expect(200);
    expect(put.body.displayName).toBe('Helt Ny');
    expect(await personRow(w.t, id)).toMatchObject({ name: 'Helt Ny', externalId: 'oid-put' });
  });

  describe('errors, SCIM-shaped', () => {
    it('401 without a token or with a wrong one', async () => {
      const anonymous = await request(w.t.app.getHttpServer()).get('/scim/v2/Users').set('Host', w.host);
      expectScimError(anonymous, 401);
      const wrong = await request(w.t.app.getHttpServer())
        .get('/scim/v2/Users')
        .set('Host', w.host)
        .set('Authorization', `Bearer ${w.token.slice(0, -4)}AAAA`);
      expectScimError(wrong, 401);
    });

    it('403 for a token without the scim scope, and for a signed-in admin', async () => {
      const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
      const reader = (
        await w.admin
          .post('/api/admin/tokens')
          .send({ name: 'Läsare', scopes: ['people:read'], expiresAt })
          .expect(201)
      ).body.token;
      const refused = await request(w.t.app.getHttpServer())
        .get('/scim/v2/Users')
        .set('Host', w.host)
        .set('Authorization', `Bearer ${reader}`);
      expectScimError(refused, 403);
      expectScimError(await w.admin.get('/scim/v2/Users'), 403);
    });

    it('400 invalidFilter, invalidSyntax and invalidValue', async () => {
      expectScimError(await filter('userName eq'), 400, 'invalidFilter');
      expectScimError(await filter('password eq "x"'), 400, 'invalidFilter');
      const broken = await w.t
        .at(w.host)
        .post('/scim/v2/Users')
        .set('Authorization', `Bearer ${w.token}`)
        .set('Content-Type', 'application/scim+json')
        .send('{"userName": ');
      expectScimError(broken, 400, 'invalidSyntax');
      expectScimError(await w.scim('post', '/Users', { userName: 'not-an-address' }), 400, 'invalidValue');
      const id = await newUser();
      expectScimError(await w.scim('patch', `/Users/${id}`, patch({ op: 'jump', path: 'title' })), 400, 'invalidValue');
      expectScimError(await w.scim('patch', `/Users/${id}`, { schemas: [] }), 400, 'invalidSyntax');
      expectScimError(
        await w.scim('patch', `/Users/${id}`, patch({ op: 'Replace', path: 'active', value: 'kanske' })),
        400,
        'invalidValue',
      );
    });

    it('404 for a user or group that does not exist, and for an unknown SCIM path', async () => {
      expectScimError(await w.scim('get', '/Users/00000000-0000-4000-8000-000000000000'), 404);
      expectScimError(await w.scim('get', '/Users/not-a-uuid'), 404);
      expectScimError(
        await w.scim(
          'patch',
          '/Groups/00000000-0000-4000-8000-000000000000',
          patch({ op: 'add', path: 'members', value: [] }),
        ),
        404,
      );
      expectScimError(await w.scim('get', '/Nothing'), 404);
    });

    it('409 uniqueness for a userName already taken', async () => {
      const user = entraUser('dubbel.person@stenungsund.se', { externalId: 'oid-dubbel' });
      await w.scim('post', '/Users', user).expect(201);
      expectScimError(await w.scim('post', '/Users', user), 409, 'uniqueness');
    });

    it('413 for a body over the limit', async () => {
      const huge = entraUser('stor.person@stenungsund.se', { padding: 'x'.repeat(1_100_000) });
      expectScimError(await w.scim('post', '/Users', huge), 413);
    });
  });
});
