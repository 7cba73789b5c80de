import { devIdpObjectId } from '@larnav/api/demo';
import { ACCOUNT } from '../testing/test-app';
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
  sessionsOf,
  today,
  yesterday,
} from '../testing/scim-world';

/**
 * One person's whole life in Entra ID's provisioning service, replayed in the order and the
 * shapes it sends: look-up by userName, create, capitalised PATCHes, "False", groups, delete.
 */
describe('an Entra ID provisioning cycle', () => {
  let w: ScimWorld;
  const sara = 'sara.lindqvist@stenungsund.se';

  beforeAll(async () => {
    w = await scimWorld();
  });
  afterAll(() => w.t.close());

  it('creates, moves, deactivates, reactivates, groups and deletes a person, keeping the history', async () => {
    const { scim, t } = w;
    // 1. Does she exist? Entra asks by userName, and expects an empty list, not a 404.
    const lookUp = await scim('get', `/Users?filter=${encodeURIComponent(`userName eq "${sara}"`)}`).expect(200);
    expect(lookUp.headers['content-type']).toMatch(/^application\/scim\+json/);
    expect(lookUp.body).toMatchObject({ totalResults: 0, Resources: [] });

    // 2. Create with the enterprise extension: a person, and an employment in Bygglov.
    const created = await scim(
      'post',
      '/Users',
      entraUser(sara, { externalId: devIdpObjectId(sara) }, { department: 'Bygglov' }),
    ).expect(201);
    const id = created.body.id as string;
    expect(created.headers['location']).toMatch(new RegExp(`/scim/v2/Users/${id}$`));
    expect(created.body[ENTERPRISE]).toMatchObject({ department: 'SBF-BYGG', employeeNumber: '1001' });
    expect(await personRow(t, id)).toMatchObject({
      email: sara,
      name: 'Sara Lindqvist',
      active: true,
      employeeNumber: '1001',
    });
    expect(await employmentsOf(t, id)).toEqual([
      { code: 'SBF-BYGG', jobRole: 'handläggare', startDate: today(), endDate: null },
    ]);
    // She has worked there a while: the next change must keep that employment as history.
    await t.dataSource.query(`UPDATE employment SET start_date = '2025-01-01' WHERE person_id = $1`, [id]);

    // She signs in through SSO: the SCIM-made person is hers (the same Entra object id).
    await t.signIn(w.host, ACCOUNT.caseworker);
    expect(await sessionsOf(t, id)).toBe(1);

    // 3. A new title and department, with Entra's capitalised ops and the extension's URN path.
    await scim(
      'patch',
      `/Users/${id}`,
      patch(
        { op: 'Replace', path: 'title', value: 'bygglovshandläggare' },
        { op: 'Replace', path: `${ENTERPRISE}:department`, value: 'SBF' },
      ),
    ).expect(200);
    expect(await employmentsOf(t, id)).toEqual([
      { code: 'SBF-BYGG', jobRole: 'handläggare', startDate: '2025-01-01', endDate: yesterday() },
      { code: 'SBF', jobRole: 'bygglovshandläggare', startDate: today(), endDate: null },
    ]);

    // 4. Deactivated with the string "False": employment ends, sessions end, history stays.
    const off = await scim('patch', `/Users/${id}`, patch({ op: 'Replace', path: 'active', value: 'False' })).expect(
      200,
    );
    expect(off.body.active).toBe(false);
    expect((await personRow(t, id)).active).toBe(false);
    expect(await sessionsOf(t, id)).toBe(0);
    // The SBF employment began today: it ends on its first day, as an end cannot precede a start.
    expect(await employmentsOf(t, id)).toEqual([
      { code: 'SBF-BYGG', jobRole: 'handläggare', startDate: '2025-01-01', endDate: yesterday() },
      { code: 'SBF', jobRole: 'bygglovshandläggare', startDate: today(), endDate: today() },
    ]);
    // Disabled users are still returned, by filter and by id.
    const stillListed = await scim('get', `/Users?filter=${encodeURIComponent(`userName eq "${sara}"`)}`).expect(200);
    expect(stillListed.body.totalResults).toBe(1);
    expect(stillListed.body.Resources[0].active).toBe(false);

    // 5. Reactivated: employed again in the unit and role she last held.
    await scim('patch', `/Users/${id}`, patch({ op: 'Replace', path: 'active', value: 'True' })).expect(200);
    expect((await personRow(t, id)).active).toBe(true);
    const back = await employmentsOf(t, id);
    expect(back.filter((e) => e.endDate === null)).toEqual([
      { code: 'SBF', jobRole: 'bygglovshandläggare', startDate: today(), endDate: null },
    ]);

    // 6. Groups: created with her, a colleague added, she is removed by a filter path.
    const colleague = (await scim('post', '/Users', entraUser('olle.berg@stenungsund.se')).expect(201)).body.id;
    const group = await scim('post', '/Groups', {
      schemas: [GROUP_SCHEMA],
      displayName: 'Bygglov-alla',
      externalId: 'grp-bygglov',
      members: [{ value: id }],
    }).expect(201);
    const groupId = group.body.id as string;
    await scim(
      'patch',
      `/Groups/${groupId}`,
      patch({ op: 'Add', path: 'members', value: [{ value: colleague }] }),
    ).expect(200);
    const both = await scim('get', `/Groups/${groupId}`).expect(200);
    expect(both.body.members.map((m: { value: string }) => m.value).sort()).toEqual([id, colleague].sort());
    await scim('patch', `/Groups/${groupId}`, patch({ op: 'Remove', path: `members[value eq "${id}"]` })).expect(200);
    const members = await t.dataSource.query(`SELECT person_id FROM scim_group_member WHERE group_id = $1`, [groupId]);
    expect(members).toEqual([{ person_id: colleague }]);
    const slim = await scim(
      'get',
      `/Groups?excludedAttributes=members&filter=${encodeURIComponent('displayName eq "Bygglov-alla"')}`,
    ).expect(200);
    expect(slim.body.totalResults).toBe(1);
    expect(slim.body.Resources[0]).not.toHaveProperty('members');

    // 7. Deleted: gone for SCIM, employments ended, the person and their history kept.
    await t.signIn(w.host, ACCOUNT.caseworker);
    expect(await sessionsOf(t, id)).toBe(1);
    await scim('delete', `/Users/${id}`).expect(204);
    expectScimError(await scim('get', `/Users/${id}`), 404);
    expect(await sessionsOf(t, id)).toBe(0);
    const kept = await personRow(t, id);
    expect(kept).toMatchObject({ email: sara, active: false });
    expect(kept.deprovisionedAt).not.toBeNull();
    const history = await employmentsOf(t, id);
    expect(history.length).toBeGreaterThanOrEqual(2);
    expect(history.every((e) => e.endDate !== null)).toBe(true);
    const afterDelete = await scim('get', `/Users?filter=${encodeURIComponent(`userName eq "${sara}"`)}`).expect(200);
    expect(afterDelete.body.totalResults).toBe(0);

    // Every change is in the audit log, by the token.
    const actions = (
      await t.dataSource.query(
        `SELECT action FROM audit_event WHERE actor_token_id IS NOT NULL AND action LIKE 'scim-%' ORDER BY occurred_at`,
      )
    ).map((r: { action: string }) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'scim-user-created',
        'scim-user-deactivated',
        'scim-user-reactivated',
        'scim-group-updated',
        'scim-user-deleted',
      ]),
    );
  });
});
