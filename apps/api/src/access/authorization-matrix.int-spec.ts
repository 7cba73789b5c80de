import request from 'supertest';
import { devIdpGroupId } from '@larnav/api/demo';
import { FRONT_MATTER } from '../catalog/catalog-fixtures';
import { SignedInSession } from '../testing/oidc-sign-in';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';
import { registeredRoutes } from './routes';
import { Caller, EVERYONE, MATRIX } from './authorization-matrix';

/** Stands in for every `:param`: no such row exists, so an allowed call changes nothing. */
const MISSING = '00000000-0000-4000-8000-000000000000';

describe('authorization matrix', () => {
  let t: TestApp;
  let host: string;
  const sessions = {} as Record<Exclude<Caller, 'anonymous' | 'token'>, SignedInSession>;
  let token: string;
  let sbf: string;
  let ksf: string;
  let bygglov: string;

  beforeAll(async () => {
    t = await createTestApp({ config: { LARNAV_SIGN_IN_RATE_LIMIT: 10_000 } });
    let rootId: string;
    ({ host, rootId } = await t.createTenant('stenungsund', 'Stenungsunds kommun'));
    sessions.admin = await t.signIn(host, ACCOUNT.admin);
    const admin = t.as(sessions.admin);
    sbf = (
      await admin
        .post('/api/org-units')
        .send({ parentId: rootId, name: 'Samhällsbyggnadsförvaltningen', code: 'SBF' })
        .expect(201)
    ).body.id;
    ksf = (
      await admin
        .post('/api/org-units')
        .send({ parentId: rootId, name: 'Kommunstyrelseförvaltningen', code: 'KSF' })
        .expect(201)
    ).body.id;
    bygglov = (
      await admin.post('/api/org-units').send({ parentId: sbf, name: 'Bygglov', code: 'SBF-BYGG' }).expect(201)
    ).body.id;
    await admin
      .post('/api/admin/claim-mappings')
      .send({ claim: 'groups', value: devIdpGroupId('stenungsund', 'SBF', 'hr'), effect: 'hr-scope', orgUnitId: sbf })
      .expect(201);
    sessions.learner = await t.signIn(host, ACCOUNT.caseworker);
    sessions.trainer = await t.signIn(host, ACCOUNT.trainer);
    sessions.hr = await t.signIn(host, ACCOUNT.hr);
    sessions.region = await t.signIn(host, ACCOUNT.stenungsundColleague);
    await t.dataSource.query(
      `INSERT INTO role_grant (tenant_id, person_id, role, source)
       SELECT tenant_id, id, 'region', 'admin' FROM person WHERE email = 'amira.haddad@stenungsund.se'`,
    );
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    token = (
      await admin
        .post('/api/admin/tokens')
        .send({ name: 'Matris', scopes: ['org:read', 'people:read', 'reporting:read', 'scim'], expiresAt })
        .expect(201)
    ).body.token;
  });
  afterAll(() => t.close());

  it('finds an access rule on every route registered in the Nest router', () => {
    const unmarked = registeredRoutes(t.app)
      .filter((r) => !r.rule)
      .map((r) => r.route);
    expect(unmarked).toEqual([]);
  });

  it('has every registered route in the matrix, and nothing else', () => {
    expect(registeredRoutes(t.app).map((r) => r.route)).toEqual(Object.keys(MATRIX).sort());
  });

  // Sign-out ends the session it is called with, so it goes last.
  const order = (a: string, b: string) => Number(a.endsWith('/sign-out')) - Number(b.endsWith('/sign-out'));

  it.each(EVERYONE)('allows and denies each route as the matrix says, for %s', async (caller) => {
    const mismatches: string[] = [];
    for (const route of Object.keys(MATRIX).sort(order)) {
      const [method, path] = route.split(' ');
      const status = await call(caller, method, path.replace(/:\w+/g, MISSING));
      const allowed = MATRIX[route].includes(caller);
      const denied = status === 401 || status === 403;
      const expectedDenial = caller === 'anonymous' ? 401 : 403;
      if (allowed ? denied : status !== expectedDenial) {
        mismatches.push(`${route}: ${status}, expected ${allowed ? 'allowed' : expectedDenial}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  describe('department scope', () => {
    // The matrix signed everyone out at its end.
    beforeAll(async () => {
      sessions.admin = await t.signIn(host, ACCOUNT.admin);
      sessions.hr = await t.signIn(host, ACCOUNT.hr);
      sessions.learner = await t.signIn(host, ACCOUNT.caseworker);
    });

    it("keeps an HR officer to her own subtree's units and people", async () => {
      const hr = t.as(sessions.hr);
      const tree = (await hr.get('/api/org-units/tree').expect(200)).body.units.map((u: { name: string }) => u.name);
      expect(tree).toEqual(['Samhällsbyggnadsförvaltningen', 'Bygglov']);
      await hr.get(`/api/org-units/${bygglov}/people`).expect(200);
      const outside = await hr.get(`/api/org-units/${ksf}/people`).expect(403);
      expect(outside.body.code).toBe('outside_scope');
      await hr.get(`/api/org-units/${ksf}`).expect(403);
      await hr.get('/api/reporting/coverage').query({ orgUnitId: bygglov }).expect(200);
      for (const report of ['coverage', 'coverage/people', 'trend']) {
        const elsewhere = await hr.get(`/api/reporting/${report}`).query({ orgUnitId: ksf }).expect(403);
        expect(elsewhere.body.code).toBe('outside_scope');
      }
    });

    it('lets HR read a person of her subtree but not one from another department', async () => {
      const admin = t.as(sessions.admin);
      const hire = (name: string, orgUnitId: string) =>
        admin
          .post('/api/people')
          .send({
            name,
            email: `${name.split(' ')[0].toLowerCase()}@stenungsund.se`,
            employment: { orgUnitId, jobRole: 'handläggare', startDate: '2025-01-01' },
          })
          .expect(201);
      const inside = (await hire('Ivar Inne', bygglov)).body.id;
      const outside = (await hire('Ulla Ute', ksf)).body.id;
      const hr = t.as(sessions.hr);
      await hr.get(`/api/people/${inside}`).expect(200);
      expect((await hr.get(`/api/people/${outside}`).expect(403)).body.code).toBe('outside_scope');
      await hr.get(`/api/compliance/people/${inside}/timeline`).expect(200);
      expect((await hr.get(`/api/compliance/people/${outside}/timeline`).expect(403)).body.code).toBe('outside_scope');
      // The search finds only people who worked in her subtree; the admin finds both.
      const found = async (caller: typeof hr) =>
        (await caller.get('/api/people').query({ q: 'stenungsund.se' }).expect(200)).body.people.map(
          (p: { name: string }) => p.name,
        );
      expect(await found(hr)).toEqual(expect.arrayContaining(['Ivar Inne']));
      expect(await found(hr)).not.toContain('Ulla Ute');
      expect(await found(admin)).toEqual(expect.arrayContaining(['Ivar Inne', 'Ulla Ute']));
    });

    it("refuses a learner another person's records, and gives her her own", async () => {
      const learner = t.as(sessions.learner);
      const me = (await learner.get('/api/auth/me').expect(200)).body.person;
      const adminId = (await t.as(sessions.admin).get('/api/auth/me').expect(200)).body.person.id;
      expect((await learner.get(`/api/people/${adminId}`).expect(403)).body.code).toBe('forbidden');
      expect(me.email).toBe('sara.lindqvist@stenungsund.se');
    });
  });

  describe("a manager and another unit's person", () => {
    it("shows a unit's chef only their team, and answers 404 for another unit's person", async () => {
      const admin = t.as(await t.signIn(host, ACCOUNT.admin));
      const learner = t.as(await t.signIn(host, ACCOUNT.caseworker));
      const chef = (await learner.get('/api/auth/me').expect(200)).body.person.id;
      const hire = async (name: string, orgUnitId: string) =>
        (
          await admin
            .post('/api/people')
            .send({
              name,
              email: `${name.split(' ')[0].toLowerCase()}.team@stenungsund.se`,
              employment: { orgUnitId, jobRole: 'handläggare', startDate: '2025-01-01' },
            })
            .expect(201)
        ).body.id as string;
      const inTeam = await hire('Tove Team', bygglov);
      const otherUnit = await hire('Olle Annan', ksf);
      await admin.put(`/api/org-units/${bygglov}/manager`).send({ personId: chef }).expect(200);
      expect((await learner.get('/api/auth/me').expect(200)).body.managesTeam).toBe(true);
      const moduleId = '00000000-0000-4000-8000-000000000001';
      const refused = await learner.post('/api/my-team/reminders').send({ personId: otherUnit, moduleId }).expect(404);
      expect(refused.body.code).toBe('team_member_not_found');
      // Inside the team the person is found; with nothing required there is nothing to remind of.
      expect(
        (await learner.post('/api/my-team/reminders').send({ personId: inTeam, moduleId }).expect(422)).body.code,
      ).toBe('reminder_not_needed');
      // Being a chef gives no HR reports, and HR who manages no one has an empty team.
      await learner.get('/api/reporting/coverage').query({ orgUnitId: bygglov }).expect(403);
      const hr = t.as(await t.signIn(host, ACCOUNT.hr));
      expect((await hr.get('/api/my-team').expect(200)).body).toMatchObject({ manages: false, size: 0 });
      expect((await hr.post('/api/my-team/reminders').send({ personId: inTeam, moduleId }).expect(404)).body.code).toBe(
        'team_member_not_found',
      );
      await admin.put(`/api/org-units/${bygglov}/manager`).send({ personId: null }).expect(200);
    });
  });

  describe('live sessions across departments, people and municipalities', () => {
    let trainer: ReturnType<TestApp['as']>;
    let sessionFor: (bookableOrgUnitIds: string[]) => Promise<string>;

    beforeAll(async () => {
      trainer = t.as(await t.signIn(host, ACCOUNT.trainer));
      const moduleId = (
        await trainer
          .post('/api/catalog/modules')
          .send({ ...FRONT_MATTER, title: 'Näringslivsperspektiv' })
          .expect(201)
      ).body.id;
      sessionFor = async (bookableOrgUnitIds) =>
        (
          await trainer
            .post('/api/live-sessions')
            .send({
              moduleId,
              occurrences: [{ startsAt: '2099-07-01T09:00', endsAt: '2099-07-01T12:00' }],
              place: 'Sessionssalen',
              capacity: 5,
              bookableOrgUnitIds,
            })
            .expect(201)
        ).body.sessions[0].id;
    });

    it("refuses a learner a session only another department may book (403), and another person's booking (404)", async () => {
      const learner = t.as(sessions.learner);
      const me = (await learner.get('/api/auth/me').expect(200)).body.person.id;
      await t
        .as(sessions.admin)
        .post(`/api/people/${me}/employments`)
        .send({ orgUnitId: bygglov, jobRole: 'handläggare', startDate: '2020-01-01' })
        .expect(201);
      const forKsf = await sessionFor([ksf]);
      expect((await learner.post('/api/live-bookings').send({ sessionId: forKsf }).expect(403)).body.code).toBe(
        'booking_not_open_to_unit',
      );
      const forSbf = await sessionFor([sbf]);
      const mine = (await learner.post('/api/live-bookings').send({ sessionId: forSbf }).expect(201)).body.id;
      // HR is a learner here too: she sees and cancels only her own bookings.
      const hr = t.as(sessions.hr);
      expect((await hr.post(`/api/live-bookings/${mine}/cancel`).expect(404)).body.code).toBe('booking_not_found');
      expect((await hr.get('/api/live-bookings').expect(200)).body.bookings).toEqual([]);
      expect(
        (await learner.get('/api/live-bookings').expect(200)).body.bookings.map((b: { id: string }) => b.id),
      ).toEqual([mine]);
    });

    it("answers 404 for another municipality's sessions and bookings, to its trainers and learners alike", async () => {
      const session = await sessionFor([]);
      const booking = (await t.as(sessions.learner).post('/api/live-bookings').send({ sessionId: session }).expect(201))
        .body.id;
      const tjorn = await t.createTenant('tjorn', 'Tjörns kommun');
      const erikSession = await t.signIn(tjorn.host, ACCOUNT.tjornCaseworker);
      const erik = t.as(erikSession);
      const erikId = (await erik.get('/api/auth/me').expect(200)).body.person.id;
      await t.dataSource.query(
        `INSERT INTO role_grant (tenant_id, person_id, role, source) VALUES ($1, $2, 'trainer', 'admin')`,
        [tjorn.tenant.id, erikId],
      );
      expect((await erik.get(`/api/live-sessions/${session}`).expect(404)).body.code).toBe('live_session_not_found');
      await erik.patch(`/api/live-sessions/${session}`).send({ place: 'Tjörn' }).expect(404);
      await erik.post(`/api/live-sessions/${session}/cancel`).send({ reason: 'Tjörn' }).expect(404);
      expect((await erik.get('/api/live-sessions').expect(200)).body.sessions).toEqual([]);
      expect((await erik.post('/api/live-bookings').send({ sessionId: session }).expect(404)).body.code).toBe(
        'live_session_not_found',
      );
      await erik.post(`/api/live-bookings/${booking}/cancel`).expect(404);
      const [{ status }] = await t.dataSource.query(`SELECT status FROM live_session WHERE id = $1`, [session]);
      expect(status).toBe('scheduled');
    });
  });

  async function call(caller: Caller, method: string, path: string): Promise<number> {
    const api = request(t.app.getHttpServer());
    const test = (api as unknown as Record<string, (url: string) => request.Test>)
      [method.toLowerCase()](path)
      .set('Host', host)
      .redirects(0);
    if (caller === 'token') test.set('Authorization', `Bearer ${token}`);
    else if (caller !== 'anonymous')
      test.set('Cookie', sessions[caller].cookie).set('X-CSRF-Token', sessions[caller].csrfToken);
    if (method !== 'GET' && method !== 'DELETE') test.send({});
    return (await test).status;
  }
});
