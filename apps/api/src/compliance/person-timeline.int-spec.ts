import { FRONT_MATTER, textLesson } from '../catalog/catalog-fixtures';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

type Api = ReturnType<TestApp['as']>;

/** HR finds a person and reads their story (issue 9, part 6): the people search and the timeline. */
describe('people search and person timeline', () => {
  let t: TestApp;
  let tenantId: string;
  let admin: Api;
  let bygglov: string;
  let ksf: string;
  let moduleId: string;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const created = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    tenantId = created.tenant.id;
    admin = t.as(await t.signIn(created.host, ACCOUNT.admin));
    const trainer = t.as(await t.signIn(created.host, ACCOUNT.trainer));
    const unit = async (parentId: string, name: string, code: string) =>
      (await admin.post('/api/org-units').send({ parentId, name, code }).expect(201)).body.id as string;
    const sbf = await unit(created.rootId, 'Samhällsbyggnadsförvaltningen', 'SBF');
    bygglov = await unit(sbf, 'Bygglov', 'SBF-BYGG');
    ksf = await unit(created.rootId, 'Kommunstyrelseförvaltningen', 'KSF');
    const hire = async (key: string, name: string, orgUnitId: string, startDate: string) => {
      people[key] = (
        await admin
          .post('/api/people')
          .send({ name, email: `${key}@stenungsund.se`, employment: { orgUnitId, jobRole: 'handläggare', startDate } })
          .expect(201)
      ).body.id;
    };
    await hire('anna.karlsson', 'Anna Karlsson', bygglov, '2024-02-01');
    await hire('karl.lind', 'Karl Lind', ksf, '2023-01-01');
    await hire('per_cent', 'Per Karlsson', bygglov, '2020-01-01');
    await t.dataSource.query(`UPDATE person SET employee_number = '10442' WHERE id = $1`, [people['anna.karlsson']]);

    moduleId = (await trainer.post('/api/catalog/modules').send(FRONT_MATTER).expect(201)).body.id;
    await trainer
      .put(`/api/catalog/modules/${moduleId}/draft`)
      .send({ ...FRONT_MATTER, revision: 1, lessons: [textLesson('A', 'a')] })
      .expect(200);
    const version = (
      await trainer
        .post(`/api/catalog/modules/${moduleId}/draft/publish`)
        .send({ changeNote: 'v1', significance: 'minor', revision: 2 })
        .expect(200)
    ).body;
    await trainer
      .post('/api/compliance/rules')
      .send({
        name: 'Företagarperspektiv för myndighetsutövning',
        moduleId,
        targetOrgUnitId: sbf,
        dueBasis: 'employment-start',
        dueDays: 30,
        validFrom: '2026-03-01',
      })
      .expect(201);
    const versionId =
      version.versions?.[0]?.id ??
      (await t.dataSource.query(`SELECT id FROM module_version WHERE module_id = $1`, [moduleId]))[0].id;
    await t.dataSource.query(
      `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, score, method)
       VALUES ($1, $2, $3, $4, '2026-03-12T08:30:00Z', 90, 'e-learning')`,
      [tenantId, people['anna.karlsson'], moduleId, versionId],
    );
    await admin
      .post('/api/compliance/exemptions')
      .send({
        personId: people['per_cent'],
        moduleId,
        reason: 'Föräldraledig',
        validFrom: '2026-03-01',
        validTo: '2026-08-31',
      })
      .expect(201);
    // Per leaves at the end of October: HR must still read what was required of him.
    await admin.post(`/api/people/${people['per_cent']}/leave`).send({ lastDay: '2026-10-31' }).expect(200);
  });
  afterAll(() => t.close());

  const search = async (q: string) =>
    (await admin.get('/api/people').query({ q }).expect(200)).body as {
      total: number;
      people: {
        name: string;
        employeeNumber: string | null;
        units: { orgUnitName: string }[];
        leftOn: string | null;
      }[];
    };
  const names = async (q: string) => (await search(q)).people.map((p) => p.name);

  it('finds people by part of a name or email, an employee number, or the unit they work in today', async () => {
    expect(await names('karlsson')).toEqual(['Anna Karlsson', 'Per Karlsson']);
    expect(await names('KARL')).toEqual(['Anna Karlsson', 'Karl Lind', 'Per Karlsson']);
    expect(await names('104')).toEqual(['Anna Karlsson']);
    expect(await names('sbf-bygg')).toEqual(['Anna Karlsson']);
    expect(await names('Kommunstyrelse')).toEqual(['Karl Lind']);
    // Wildcards typed into the box are literal: `_` matches only an underscore.
    expect(await names('per_')).toEqual(['Per Karlsson']);
    expect(await names('r_c')).toEqual(['Per Karlsson']);
    expect(await names('n_k')).toEqual([]);
  });

  it("lists today's staff before leavers, with their units, and says when a leaver left", async () => {
    const { total, people: hits } = await search('karlsson');
    expect(total).toBe(2);
    expect(hits[0]).toMatchObject({ name: 'Anna Karlsson', employeeNumber: '10442', leftOn: null });
    expect(hits[0].units.map((u) => u.orgUnitName)).toEqual(['Bygglov']);
    expect(hits[1]).toMatchObject({ name: 'Per Karlsson', units: [], leftOn: '2026-10-31' });
  });

  it('pages, and refuses a search too short to be useful with a message saying so', async () => {
    const first = (await admin.get('/api/people').query({ q: 'karl', limit: 2 }).expect(200)).body;
    const second = (await admin.get('/api/people').query({ q: 'karl', limit: 2, offset: 2 }).expect(200)).body;
    expect(first.total).toBe(3);
    expect([...first.people, ...second.people].map((p: { name: string }) => p.name)).toEqual([
      'Anna Karlsson',
      'Karl Lind',
      'Per Karlsson',
    ]);
    const short = await admin.get('/api/people').query({ q: 'k' }).expect(400);
    expect(JSON.stringify(short.body)).toMatch(/at least 2 characters/);
    await admin.get('/api/people').expect(400);
  });

  it('tells a person’s story: employment, requirement, completion, newest first', async () => {
    const timeline = (await admin.get(`/api/compliance/people/${people['anna.karlsson']}/timeline`).expect(200)).body;
    expect(timeline.person.name).toBe('Anna Karlsson');
    expect(timeline.requirements).toEqual([
      expect.objectContaining({
        ruleName: 'Företagarperspektiv för myndighetsutövning',
        moduleId,
        appliesFrom: '2026-03-01',
        appliesTo: null,
        completedOn: '2026-03-12',
        standing: 'completed',
      }),
    ]);
    expect(timeline.events.map((e: { date: string; kind: string }) => `${e.date} ${e.kind}`)).toEqual([
      '2026-03-12 completed',
      '2026-03-01 requirement-started',
      '2024-02-01 employment-started',
    ]);
    expect(timeline.events[0].detail).toBe('v1, 90 %');
  });

  it("judges a leaver's requirements on their last day, and shows the exemption they had", async () => {
    const timeline = (await admin.get(`/api/compliance/people/${people['per_cent']}/timeline`).expect(200)).body;
    expect(timeline.judgedOn).toBe('2026-10-31');
    // Exempt until 31 August, then due; on his last day it was overdue (due 30 days after the rule began).
    expect(timeline.requirements).toEqual([
      expect.objectContaining({ appliesTo: '2026-10-31', standing: 'overdue', dueDate: '2026-03-31' }),
    ]);
    const kinds = timeline.events.map((e: { date: string; kind: string }) => `${e.date} ${e.kind}`);
    expect(kinds).toEqual([
      '2026-10-31 employment-ended',
      '2026-10-31 requirement-ended',
      '2026-08-31 exemption-ended',
      '2026-03-01 exemption-started',
      '2026-03-01 requirement-started',
      '2020-01-01 employment-started',
    ]);
    expect(timeline.events.find((e: { kind: string }) => e.kind === 'exemption-started').detail).toBe('Föräldraledig');
  });

  it('answers 404 for a person who does not exist', async () => {
    await admin.get('/api/compliance/people/00000000-0000-4000-8000-000000000000/timeline').expect(404);
  });
});
