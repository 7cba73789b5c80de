import { AssignmentEngine, Requirement } from '@larnav/api/compliance';
import { runAsTenant } from '@larnav/api/db';
import { devIdpGroupId } from '@larnav/api/demo';
import { FRONT_MATTER, textLesson } from '../catalog/catalog-fixtures';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

type Api = ReturnType<TestApp['as']>;

/**
 * The assignment engine (issue 9, parts 3–4): rules × employments × completions × exemptions,
 * for staff already in place and new hires, at today and at past dates.
 */
describe('assignment rules and the engine', () => {
  let t: TestApp;
  let tenantId: string;
  let admin: Api;
  let trainer: Api;
  let sbf: string;
  let bygglov: string;
  let ksf: string;
  let moduleId: string;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const created = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    tenantId = created.tenant.id;
    admin = t.as(await t.signIn(created.host, ACCOUNT.admin));
    trainer = t.as(await t.signIn(created.host, ACCOUNT.trainer));
    const unit = async (parentId: string, name: string, code: string) =>
      (await admin.post('/api/org-units').send({ parentId, name, code }).expect(201)).body.id as string;
    sbf = await unit(created.rootId, 'Samhällsbyggnadsförvaltningen', 'SBF');
    bygglov = await unit(sbf, 'Bygglov', 'SBF-BYGG');
    ksf = await unit(created.rootId, 'Kommunstyrelseförvaltningen', 'KSF');
    const hire = async (key: string, name: string, orgUnitId: string, startDate: string, jobRole = 'handläggare') => {
      people[key] = (
        await admin
          .post('/api/people')
          .send({ name, email: `${key}@stenungsund.se`, employment: { orgUnitId, jobRole, startDate } })
          .expect(201)
      ).body.id;
    };
    await hire('anna', 'Anna Andersson', bygglov, '2019-04-01', 'bygglovshandläggare');
    await hire('bo', 'Bo Berg', bygglov, '2022-08-15');
    await hire('cecilia', 'Cecilia Ek', ksf, '2020-01-01');
    // A new hire in the spring, across the change to summer time on 29 March 2026.
    await hire('david', 'David Dahl', sbf, '2026-03-20');
    moduleId = (await trainer.post('/api/catalog/modules').send(FRONT_MATTER).expect(201)).body.id;
    await trainer
      .put(`/api/catalog/modules/${moduleId}/draft`)
      .send({ ...FRONT_MATTER, revision: 1, lessons: [textLesson('A', 'a')] })
      .expect(200);
    await trainer
      .post(`/api/catalog/modules/${moduleId}/draft/publish`)
      .send({ changeNote: 'v1', significance: 'minor', revision: 2 })
      .expect(200);
  });
  afterAll(() => t.close());

  const engine = () => t.app.get(AssignmentEngine);
  const at = (date: string, personIds: string[] | null = null): Promise<Requirement[]> =>
    runAsTenant(tenantId, () => engine().requirementsAt(date, personIds));
  const rule = (body: Record<string, unknown>) =>
    trainer
      .post('/api/compliance/rules')
      .send({ name: 'Företagarperspektiv för myndighetsutövning', moduleId, ...body });
  const who = (list: Requirement[]) =>
    list.map((r) => Object.keys(people).find((k) => people[k] === r.personId)).sort();

  it('previews, then assigns staff already in place and new hires, with due dates counted in Stockholm calendar days', async () => {
    const body = { targetOrgUnitId: sbf, dueBasis: 'employment-start', dueDays: 30, validFrom: '2026-03-01' };
    const preview = (
      await trainer
        .post('/api/compliance/rules/preview')
        .send({ name: 'x', moduleId, ...body })
        .expect(200)
    ).body;
    expect(preview).toEqual({ people: 3, completed: 0, overdue: 3 });
    await t.dataSource.query('SELECT 1'); // the preview left nothing behind:
    expect((await trainer.get('/api/compliance/rules').expect(200)).body.rules).toEqual([]);

    const made = (await rule(body).expect(201)).body;
    const onRuleDay = await at('2026-03-01');
    expect(who(onRuleDay)).toEqual(['anna', 'bo']);
    // In place before the rule: 30 days from the rule's start, not from 2019.
    expect(onRuleDay.map((r) => r.effectiveDue)).toEqual(['2026-03-31', '2026-03-31']);
    const david = (await at('2026-04-01', [people['david']]))[0];
    expect(david).toMatchObject({ effectiveDue: '2026-04-19', basisDate: '2026-03-20', ruleId: made.id });
    // A past date before the rule: nothing was required.
    expect(await at('2026-02-28')).toEqual([]);
  });

  it('moves a requirement with a transfer, keeps it for the days before, and drops a leaver from later populations', async () => {
    await admin.post(`/api/people/${people['bo']}/transfer`).send({ toOrgUnitId: ksf, date: '2026-06-01' }).expect(200);
    await admin.post(`/api/people/${people['anna']}/leave`).send({ lastDay: '2026-06-30' }).expect(200);
    expect(who(await at('2026-05-31'))).toEqual(['anna', 'bo', 'david']);
    expect(who(await at('2026-06-01'))).toEqual(['anna', 'david']);
    expect(who(await at('2026-07-01'))).toEqual(['david']);
    // Back into the subtree later: a new arrival, so a new due date from then (transfer basis rule).
    await rule({
      name: 'Ankomst',
      targetOrgUnitId: sbf,
      dueBasis: 'transfer',
      dueDays: 14,
      validFrom: '2026-01-01',
    }).expect(201);
    await admin
      .post(`/api/people/${people['bo']}/transfer`)
      .send({ toOrgUnitId: bygglov, date: '2026-09-01' })
      .expect(200);
    const back = (await at('2026-09-02', [people['bo']])).find((r) => r.ruleName === 'Ankomst');
    expect(back).toMatchObject({ appliesFrom: '2026-09-01', effectiveDue: '2026-09-15' });
  });

  it('counts a completion until it expires, is due again, and asks for a redo after a significant version', async () => {
    const recertified = (
      await rule({
        name: 'Årlig',
        targetOrgUnitId: sbf,
        dueBasis: 'rule-start',
        dueDays: 30,
        recertifyMonths: 12,
        validFrom: '2026-01-01',
      }).expect(201)
    ).body;
    const [{ version_id }] = await t.dataSource.query(
      `SELECT id AS version_id FROM module_version WHERE module_id = $1`,
      [moduleId],
    );
    await t.dataSource.query(
      `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, score, method)
       VALUES ($1, $2, $3, $4, '2026-02-10T09:00:00Z', 100, 'e-learning')`,
      [tenantId, people['david'], moduleId, version_id],
    );
    const mine = (date: string) =>
      at(date, [people['david']]).then((list) => list.find((r) => r.ruleId === recertified.id));
    expect(await mine('2026-12-01')).toMatchObject({ compliant: true, validUntil: '2027-02-10' });
    expect(await mine('2027-02-10')).toMatchObject({ compliant: false, effectiveDue: '2027-02-10' });

    // A significant version 2 published now: everyone must do it again, due in 30 days.
    const draft = (await trainer.post(`/api/catalog/modules/${moduleId}/draft`).expect(200)).body;
    await trainer
      .put(`/api/catalog/modules/${moduleId}/draft`)
      .send({ ...FRONT_MATTER, revision: draft.revision, lessons: [textLesson('B', 'b')] })
      .expect(200);
    await trainer
      .post(`/api/catalog/modules/${moduleId}/draft/publish`)
      .send({ changeNote: 'v2', significance: 'significant', revision: draft.revision + 1 })
      .expect(200);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date());
    const redo = await mine(today);
    expect(redo).toMatchObject({ compliant: false, redoSince: today });
  });

  it('shows an exemption as exempt, for its days only', async () => {
    const exempt = {
      personId: people['david'],
      moduleId,
      reason: 'Föräldraledig',
      validFrom: '2026-04-01',
      validTo: '2026-12-31',
    };
    await admin
      .post('/api/compliance/exemptions')
      .send({ ...exempt, validTo: '2026-03-01' })
      .expect(422);
    await admin.post('/api/compliance/exemptions').send(exempt).expect(201);
    expect((await at('2026-05-01', [people['david']])).every((r) => r.exempt)).toBe(true);
    expect((await at('2027-01-01', [people['david']])).some((r) => r.exempt)).toBe(false);
    // An HR officer exempts only within the subtrees she answers for: here Maria answers for KSF.
    await admin
      .post('/api/admin/claim-mappings')
      .send({ claim: 'groups', value: devIdpGroupId('stenungsund', 'SBF', 'hr'), effect: 'hr-scope', orgUnitId: ksf })
      .expect(201);
    const host = (await t.dataSource.query(`SELECT hostnames FROM tenant WHERE id = $1`, [tenantId]))[0].hostnames[0];
    const hr = t.as(await t.signIn(host, ACCOUNT.hr));
    expect((await hr.post('/api/compliance/exemptions').send(exempt).expect(403)).body.code).toBe('outside_scope');
    const cecilia = { ...exempt, personId: people['cecilia'] };
    await hr.post('/api/compliance/exemptions').send(cecilia).expect(201);
  });

  it('shows the caseworker the requirement in My training, with its due date and its reason', async () => {
    const host = (await t.dataSource.query(`SELECT hostnames FROM tenant WHERE id = $1`, [tenantId]))[0].hostnames[0];
    const sara = t.as(await t.signIn(host, ACCOUNT.caseworker));
    const saraId = (await sara.get('/api/auth/me').expect(200)).body.person.id;
    await admin
      .post(`/api/people/${saraId}/employments`)
      .send({ orgUnitId: bygglov, jobRole: 'bygglovshandläggare', startDate: '2026-05-04' })
      .expect(201);
    // Only the first rule, for the clearest reason: the others (same module) end on their first day.
    for (const other of (await trainer.get('/api/compliance/rules').expect(200)).body.rules) {
      if (other.name !== 'Företagarperspektiv för myndighetsutövning') {
        await trainer.post(`/api/compliance/rules/${other.id}/end`).send({ lastDay: other.validFrom }).expect(200);
      }
    }
    const required = (await sara.get('/api/learning/my-training').expect(200)).body.required;
    const first = required.find((r: { reason: string }) =>
      r.reason.includes('Företagarperspektiv för myndighetsutövning'),
    );
    expect(first).toMatchObject({ moduleId, required: true, dueDate: '2026-06-03', status: 'overdue' });
    expect(first.reason).toBe(
      'Krävs eftersom du arbetar på Bygglov och regeln ”Företagarperspektiv för myndighetsutövning” gäller Samhällsbyggnadsförvaltningen sedan 2026-03-01; förfaller 30 dagar efter din start 2026-05-04.',
    );
  });

  it('lets only those who manage rules make them', async () => {
    const learner = t.as(
      await t.signIn(
        (await t.dataSource.query(`SELECT hostnames FROM tenant WHERE id = $1`, [tenantId]))[0].hostnames[0],
        ACCOUNT.caseworker,
      ),
    );
    await learner.get('/api/compliance/rules').expect(403);
    await rule({ dueBasis: 'fixed-date', validFrom: '2026-01-01' }).expect(400);
    await rule({ dueBasis: 'rule-start', dueDays: 10, validFrom: '2026-02-30' }).expect(400);
  });
});
