import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

/**
 * The organisation model through the HTTP API: the tree, moves, and who worked where and when.
 * Dates are calendar dates in Europe/Stockholm.
 */
describe('organisation and people', () => {
  let t: TestApp;
  let api: ReturnType<TestApp['as']>;
  let root: string;
  let sbf: string; // Samhällsbyggnadsförvaltningen
  let bygglov: string;
  let miljo: string;
  let ksf: string; // Kommunstyrelseförvaltningen

  const unit = async (parentId: string, name: string, code: string) =>
    (await api.post('/api/org-units').send({ parentId, name, code }).expect(201)).body.id as string;
  const hire = async (name: string, orgUnitId: string, startDate: string, endDate?: string) =>
    (
      await api
        .post('/api/people')
        .send({
          name,
          email: `${name.toLowerCase().replace(/\s/g, '.')}@kommun.se`,
          employment: { orgUnitId, jobRole: 'handläggare', startDate, ...(endDate ? { endDate } : {}) },
        })
        .expect(201)
    ).body;
  const headCounts = async (at: string) => {
    const { body } = await api.get(`/api/org-units/tree?at=${at}`).expect(200);
    return Object.fromEntries(body.units.map((u: { name: string; headCount: number }) => [u.name, u.headCount]));
  };
  const peopleIn = async (unitId: string, at: string) =>
    (await api.get(`/api/org-units/${unitId}/people?at=${encodeURIComponent(at)}`).expect(200)).body.people
      .map((p: { name: string }) => p.name)
      .sort();

  beforeAll(async () => {
    t = await createTestApp();
    const { rootId, host } = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    api = t.as(await t.signIn(host, ACCOUNT.admin));
    root = rootId;
    sbf = await unit(root, 'Samhällsbyggnadsförvaltningen', 'SBF');
    ksf = await unit(root, 'Kommunstyrelseförvaltningen', 'KSF');
    bygglov = await unit(sbf, 'Bygglov', 'SBF-BYGG');
    miljo = await unit(sbf, 'Miljö och hälsa', 'SBF-MILJO');
  });
  afterAll(() => t.close());

  describe('subtree membership across transfers and leaves', () => {
    let anna: { id: string };
    let bertil: { id: string };

    beforeAll(async () => {
      anna = await hire('Anna Berg', bygglov, '2024-01-01');
      bertil = await hire('Bertil Ek', bygglov, '2024-01-01');
      await hire('Cecilia Dahl', miljo, '2024-06-01');
      // Anna moves to Kommunstyrelseförvaltningen on 1 March 2025; Bertil leaves on 31 December 2024.
      await api.post(`/api/people/${anna.id}/transfer`).send({ toOrgUnitId: ksf, date: '2025-03-01' }).expect(200);
      await api.post(`/api/people/${bertil.id}/leave`).send({ lastDay: '2024-12-31' }).expect(200);
    });

    it('answers who was in a subtree at past dates', async () => {
      expect(await peopleIn(sbf, '2023-12-31')).toEqual([]);
      expect(await peopleIn(sbf, '2024-03-01')).toEqual(['Anna Berg', 'Bertil Ek']);
      expect(await peopleIn(sbf, '2024-12-31')).toEqual(['Anna Berg', 'Bertil Ek', 'Cecilia Dahl']);
      expect(await peopleIn(sbf, '2025-01-01')).toEqual(['Anna Berg', 'Cecilia Dahl']);
      expect(await peopleIn(sbf, '2025-02-28')).toEqual(['Anna Berg', 'Cecilia Dahl']);
      expect(await peopleIn(sbf, '2025-03-01')).toEqual(['Cecilia Dahl']);
      expect(await peopleIn(ksf, '2025-03-01')).toEqual(['Anna Berg']);
      expect(await peopleIn(root, '2025-03-01')).toEqual(['Anna Berg', 'Cecilia Dahl']);
    });

    it('rolls head counts up the tree at any date', async () => {
      expect(await headCounts('2024-12-31')).toMatchObject({
        'Stenungsunds kommun': 3,
        Samhällsbyggnadsförvaltningen: 3,
        Bygglov: 2,
        'Miljö och hälsa': 1,
        Kommunstyrelseförvaltningen: 0,
      });
      expect(await headCounts('2025-03-01')).toMatchObject({
        'Stenungsunds kommun': 2,
        Samhällsbyggnadsförvaltningen: 1,
        Bygglov: 0,
        Kommunstyrelseförvaltningen: 1,
      });
    });

    it('keeps the whole history of a person', async () => {
      const { body } = await api.get(`/api/people/${anna.id}`).expect(200);
      expect(body.employments).toEqual([
        expect.objectContaining({ orgUnitName: 'Bygglov', startDate: '2024-01-01', endDate: '2025-02-28' }),
        expect.objectContaining({ orgUnitName: 'Kommunstyrelseförvaltningen', startDate: '2025-03-01', endDate: null }),
      ]);
    });

    it('takes a rehire after a gap, and counts it from the new start', async () => {
      await api
        .post(`/api/people/${bertil.id}/employments`)
        .send({ orgUnitId: bygglov, jobRole: 'bygglovshandläggare', startDate: '2025-09-01' })
        .expect(201);
      expect(await peopleIn(bygglov, '2025-08-31')).toEqual([]);
      expect(await peopleIn(bygglov, '2025-09-01')).toEqual(['Bertil Ek']);
    });

    it('counts a part-timer in two units once in their common förvaltning', async () => {
      const dora = await hire('Dora Fors', bygglov, '2026-01-01');
      await api
        .post(`/api/people/${dora.id}/employments`)
        .send({ orgUnitId: miljo, jobRole: 'miljöinspektör', startDate: '2026-01-01' })
        .expect(201);
      const { body } = await api.get('/api/org-units/tree?at=2026-01-15').expect(200);
      const byName = Object.fromEntries(body.units.map((u: { name: string }) => [u.name, u]));
      expect(byName['Bygglov'].directHeadCount).toBe(2); // Bertil (rehired) and Dora
      expect(byName['Miljö och hälsa'].directHeadCount).toBe(2); // Cecilia and Dora
      expect(byName['Samhällsbyggnadsförvaltningen'].headCount).toBe(3);
    });
  });

  it('reads `at` as a Stockholm calendar date across the spring daylight-saving change', async () => {
    const plan = await unit(sbf, 'Plan', 'SBF-PLAN');
    await hire('Erik Grön', plan, '2026-03-29');
    // 23:30 UTC on 28 March is 00:30 on 29 March in Stockholm (still UTC+1 until 02:00).
    expect(await peopleIn(plan, '2026-03-28T23:30:00Z')).toEqual(['Erik Grön']);
    expect(await peopleIn(plan, '2026-03-28T22:59:59Z')).toEqual([]);
    // The next evening Stockholm is UTC+2: 22:30 UTC on 29 March is already 30 March.
    expect(await peopleIn(plan, '2026-03-29T22:30:00+00:00')).toEqual(['Erik Grön']);
  });

  describe('moving units', () => {
    it('moves the whole subtree, and head counts follow', async () => {
      const parent = await unit(root, 'Kultur och fritid', 'KOF');
      const child = await unit(parent, 'Bibliotek', 'KOF-BIB');
      const grandchild = await unit(child, 'Filial Jörlanda', 'KOF-BIB-J');
      await hire('Frida Holm', grandchild, '2024-01-01');

      await api.post(`/api/org-units/${child}/move`).send({ parentId: ksf }).expect(200);

      const { body } = await api.get('/api/org-units/tree?at=2026-01-01').expect(200);
      const byId = Object.fromEntries(body.units.map((u: { id: string }) => [u.id, u]));
      expect(byId[child]).toMatchObject({ parentId: ksf, depth: 2 });
      expect(byId[grandchild]).toMatchObject({ parentId: child, depth: 3 });
      expect(byId[parent].headCount).toBe(0);
      expect(await peopleIn(ksf, '2026-01-01')).toContain('Frida Holm');
    });

    it('refuses to move a unit under its own descendant, or under itself', async () => {
      const a = await unit(root, 'Socialförvaltningen', 'SOC');
      const b = await unit(a, 'Äldreomsorg', 'SOC-ALD');
      const c = await unit(b, 'Hemtjänst', 'SOC-ALD-HT');
      for (const parentId of [c, b, a]) {
        const { body } = await api.post(`/api/org-units/${a}/move`).send({ parentId }).expect(422);
        expect(body.code).toBe('org_unit_cycle');
      }
    });

    it('refuses to move the municipality itself', async () => {
      const { body } = await api.post(`/api/org-units/${root}/move`).send({ parentId: sbf }).expect(422);
      expect(body.code).toBe('org_root_immutable');
    });
  });

  describe('renaming and archiving', () => {
    it('renames a unit and refuses a code that is taken', async () => {
      const id = await unit(sbf, 'Gata', 'SBF-GATA');
      const { body } = await api.patch(`/api/org-units/${id}`).send({ name: 'Gata och park' }).expect(200);
      expect(body.name).toBe('Gata och park');
      const taken = await api.patch(`/api/org-units/${id}`).send({ code: 'SBF-BYGG' }).expect(409);
      expect(taken.body.code).toBe('org_unit_code_taken');
    });

    it('archives an empty unit, then refuses new people in it', async () => {
      const id = await unit(ksf, 'Projektkontoret', 'KSF-PROJ');
      const archived = await api.post(`/api/org-units/${id}/archive`).expect(200);
      expect(archived.body.archived).toBe(true);
      const { body } = await api
        .post('/api/people')
        .send({
          name: 'Gustav Ivarsson',
          email: 'gustav@kommun.se',
          employment: { orgUnitId: id, jobRole: 'x', startDate: '2026-01-01' },
        })
        .expect(422);
      expect(body.code).toBe('org_unit_archived');
    });

    it('refuses to archive a unit with people employed or active sub-units', async () => {
      expect((await api.post(`/api/org-units/${bygglov}/archive`).expect(409)).body.code).toBe(
        'org_unit_has_employments',
      );
      expect((await api.post(`/api/org-units/${sbf}/archive`).expect(409)).body.code).toBe(
        'org_unit_has_active_children',
      );
    });
  });

  describe('overlapping employments', () => {
    it('refuses two overlapping employments in one unit, from the database constraint', async () => {
      const hanna = await hire('Hanna Jonsson', miljo, '2025-01-01', '2025-12-31');
      const { body } = await api
        .post(`/api/people/${hanna.id}/employments`)
        .send({ orgUnitId: miljo, jobRole: 'miljöinspektör', startDate: '2025-12-31' })
        .expect(409);
      expect(body).toMatchObject({ code: 'employment_overlap', status: 409 });
      // The same unit straight after the end is fine.
      await api
        .post(`/api/people/${hanna.id}/employments`)
        .send({ orgUnitId: miljo, jobRole: 'miljöinspektör', startDate: '2026-01-01' })
        .expect(201);
    });

    it('is enforced by PostgreSQL even when code does not check', async () => {
      const ivar = await hire('Ivar Karlsson', plan(), '2025-01-01');
      const tenantId = (await t.dataSource.query(`SELECT id FROM tenant WHERE slug = 'stenungsund'`))[0].id;
      await expect(
        t.dataSource.query(
          `INSERT INTO employment (tenant_id, person_id, org_unit_id, job_role, start_date)
           VALUES ($1, $2, $3, 'x', '2025-06-01')`,
          [tenantId, ivar.id, plan()],
        ),
      ).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23P01' }) });
    });

    const plan = () => bygglov;
  });

  describe('bad input gets a 4xx problem+json, never a 500', () => {
    const missing = '00000000-0000-4000-8000-000000000000';

    it.each([
      ['unknown unit', () => api.get(`/api/org-units/${missing}/people`), 404, 'org_unit_not_found'],
      ['unknown person', () => api.get(`/api/people/${missing}`), 404, 'person_not_found'],
      ['malformed id', () => api.get('/api/org-units/not-a-uuid/people'), 400, 'validation_failed'],
      ['malformed at', () => api.get('/api/org-units/tree?at=yesterday'), 400, 'validation_failed'],
      ['impossible date', () => api.get('/api/org-units/tree?at=2026-02-30'), 400, 'validation_failed'],
      [
        'unknown field',
        () => api.post('/api/org-units').send({ parentId: root, name: 'X', code: 'X1', colour: 'red' }),
        400,
        'validation_failed',
      ],
      ['missing field', () => api.post('/api/org-units').send({ name: 'X' }), 400, 'validation_failed'],
      [
        'parent unknown',
        () => api.post('/api/org-units').send({ parentId: missing, name: 'X', code: 'X2' }),
        404,
        'org_unit_not_found',
      ],
    ])('%s', async (_case, send, status, code) => {
      const response = await send().expect(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status, code, detail: expect.any(String) });
    });

    it('names the unknown field', async () => {
      const { body } = await api.post('/api/org-units').send({ parentId: root, name: 'X', code: 'X3', colour: 'red' });
      expect(body.errors).toEqual([{ field: 'colour', message: 'unknown field "colour"' }]);
    });

    it('refuses an end before the start', async () => {
      const { body } = await api
        .post('/api/people')
        .send({
          name: 'Jonas Lund',
          email: 'jonas@kommun.se',
          employment: { orgUnitId: bygglov, jobRole: 'x', startDate: '2026-05-01', endDate: '2026-04-30' },
        })
        .expect(422);
      expect(body.code).toBe('employment_ends_before_start');
      // Nothing half-written: the person was not created either.
      expect((await t.dataSource.query(`SELECT 1 FROM person WHERE email = 'jonas@kommun.se'`)).length).toBe(0);
    });

    it('refuses an email that is taken, whatever its case', async () => {
      await hire('Karin Mark', bygglov, '2026-01-01');
      const { body } = await api
        .post('/api/people')
        .send({
          name: 'Karin Mark',
          email: 'KARIN.MARK@kommun.se',
          employment: { orgUnitId: bygglov, jobRole: 'x', startDate: '2026-01-01' },
        })
        .expect(409);
      expect(body.code).toBe('person_email_taken');
    });

    it('refuses to transfer someone with no employment on that date, or to leave twice', async () => {
      const lisa = await hire('Lisa Nord', bygglov, '2026-01-01');
      const early = await api
        .post(`/api/people/${lisa.id}/transfer`)
        .send({ toOrgUnitId: miljo, date: '2025-06-01' })
        .expect(422);
      expect(early.body.code).toBe('no_current_employment');
      await api.post(`/api/people/${lisa.id}/leave`).send({ lastDay: '2026-02-28' }).expect(200);
      const twice = await api.post(`/api/people/${lisa.id}/leave`).send({ lastDay: '2026-03-31' }).expect(422);
      expect(twice.body.code).toBe('no_current_employment');
    });
  });
});
