import ExcelJS from 'exceljs';
import { calendarDateAt, previousCalendarDate } from '@larnav/contracts';
import { FRONT_MATTER, textLesson } from '../catalog/catalog-fixtures';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

type Api = ReturnType<TestApp['as']>;

const HEADER = 'Anställningsnummer;Förnamn;Efternamn;E-post;Enhetskod;Befattning;Startdatum;Slutdatum';

/** The HR-system import (issue 9, part 2): dry run, all-or-nothing apply as a job, re-import. */
describe('HR-system import', () => {
  let t: TestApp;
  let host: string;
  let admin: Api;
  let units: Record<string, string>;
  const people: Record<string, string> = {};
  const today = calendarDateAt(new Date());
  const yesterday = previousCalendarDate(today);

  beforeAll(async () => {
    t = await createTestApp();
    const created = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    host = created.host;
    admin = t.as(await t.signIn(host, ACCOUNT.admin));
    const unit = async (parentId: string, name: string, code: string) =>
      (await admin.post('/api/org-units').send({ parentId, name, code }).expect(201)).body.id as string;
    const sbf = await unit(created.rootId, 'Samhällsbyggnadsförvaltningen', 'SBF');
    units = {
      sbf,
      bygglov: await unit(sbf, 'Bygglov', 'SBF-BYGG'),
      miljo: await unit(sbf, 'Miljö', 'SBF-MILJO'),
      ksf: await unit(created.rootId, 'Kommunstyrelseförvaltningen', 'KSF'),
    };
    const hire = async (key: string, name: string, orgUnitId: string, employeeNumber: string | null) => {
      people[key] = (
        await admin
          .post('/api/people')
          .send({
            name,
            email: `${key}@stenungsund.se`,
            employment: { orgUnitId, jobRole: 'handläggare', startDate: '2024-01-15' },
          })
          .expect(201)
      ).body.id;
      if (employeeNumber) {
        await t.dataSource.query(`UPDATE person SET employee_number = $1 WHERE id = $2`, [employeeNumber, people[key]]);
      }
    };
    await hire('sara.lind', 'Sara Lind', units.bygglov, '1001');
    await hire('karl.berg', 'Karl Berg', units.ksf, '1002');
    // Created by single sign-on, without an employee number: the file links one by her address.
    await hire('eva.strand', 'Eva Strand', units.bygglov, null);
    await hire('olle.ek', 'Olle Ek', units.bygglov, '1004');

    // Everyone in Samhällsbyggnadsförvaltningen must take the business-perspective module.
    const trainer = t.as(await t.signIn(host, ACCOUNT.trainer));
    const moduleId = (await trainer.post('/api/catalog/modules').send(FRONT_MATTER).expect(201)).body.id;
    await trainer
      .put(`/api/catalog/modules/${moduleId}/draft`)
      .send({ ...FRONT_MATTER, revision: 1, lessons: [textLesson('A', 'a')] })
      .expect(200);
    await trainer
      .post(`/api/catalog/modules/${moduleId}/draft/publish`)
      .send({ changeNote: 'v1', significance: 'minor', revision: 2 })
      .expect(200);
    await trainer
      .post('/api/compliance/rules')
      .send({
        name: 'Företagarperspektiv',
        moduleId,
        targetOrgUnitId: sbf,
        dueBasis: 'employment-start',
        dueDays: 30,
        validFrom: '2025-01-01',
      })
      .expect(201);
  }, 120_000);
  afterAll(() => t.close());

  const roster = (lines: string[]) => Buffer.from([HEADER, ...lines].join('\r\n') + '\r\n', 'latin1');
  const FILE = roster([
    '1001;Sara;Lind;sara.lind@stenungsund.se;SBF-BYGG;handläggare;2024-01-15;',
    '1003;Eva;Strand;eva.strand@stenungsund.se;SBF-BYGG;handläggare;2024-01-15;',
    '1004;Olle;Ek;olle.ek@stenungsund.se;SBF-MILJO;handläggare;2024-01-15;',
    '2001;Nils;Holm;nils.holm@stenungsund.se;SBF-BYGG;bygglovshandläggare;2026-01-07;',
    '2002;Lisa;Fel;lisa.fel@stenungsund.se;FINNS-INTE;handläggare;2026-01-07;',
  ]);
  const upload = (data: Buffer, fileName = 'personal.csv', type = 'text/csv') =>
    admin.post('/api/hr-imports').query({ fileName }).set('Content-Type', type).send(data);

  async function applied(
    id: string,
  ): Promise<{ status: string; progress: { done: number; total: number }; failure: string | null }> {
    await admin.post(`/api/hr-imports/${id}/apply`).expect(202);
    // The job runs on this process's queue worker; wait for it to leave the queue (Jest's timeout bounds this).
    for (;;) {
      const { body } = await admin.get(`/api/hr-imports/${id}`).expect(200);
      if (!['queued', 'applying'].includes(body.status)) return body;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const employments = async (personId: string) =>
    (await t.dataSource.query(
      `SELECT org_unit_id AS "orgUnitId", start_date AS "startDate", end_date AS "endDate" FROM employment WHERE person_id = $1 ORDER BY start_date`,
      [personId],
    )) as { orgUnitId: string; startDate: string; endDate: string | null }[];
  const counts = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM person) AS people, (SELECT count(*)::int FROM employment) AS employments,
              (SELECT count(*)::int FROM employment WHERE end_date IS NOT NULL) AS ended`,
      )
    )[0] as { people: number; employments: number; ended: number };

  let importId: string;

  it('shows in a dry run exactly what the file changes, and writes nothing', async () => {
    const before = await counts();
    const { body } = await upload(FILE).expect(201);
    importId = body.id;
    expect(body).toMatchObject({ status: 'planned', format: 'csv', mappingProblems: [], sameFileAppliedAt: null });
    expect(body.mapping).toMatchObject({
      employeeNumber: 'Anställningsnummer',
      givenName: 'Förnamn',
      orgUnitCode: 'Enhetskod',
    });
    expect(body.summary).toEqual({
      rows: 5,
      hires: 1,
      rehires: 0,
      transfers: 1,
      leavers: 1,
      updates: 1,
      unchanged: 1,
      errors: 1,
    });
    const changes = (await admin.get(`/api/hr-imports/${importId}/changes`).expect(200)).body;
    expect(changes.total).toBe(5);
    const byKind = Object.fromEntries(changes.items.map((c: { kind: string; name: string }) => [c.kind, c]));
    expect(byKind.hire).toMatchObject({
      line: 5,
      name: 'Nils Holm',
      after: { unitCode: 'SBF-BYGG', startDate: '2026-01-07' },
    });
    expect(byKind.transfer).toMatchObject({
      name: 'Olle Ek',
      before: { unitName: 'Bygglov' },
      after: { unitName: 'Miljö', startDate: today },
    });
    expect(byKind.leaver).toMatchObject({ line: null, name: 'Karl Berg', effectiveOn: yesterday });
    expect(byKind.update).toMatchObject({ name: 'Eva Strand', changed: ['employeeNumber'] });
    expect(byKind.error).toMatchObject({ line: 6, problems: [{ code: 'unknown-unit', value: 'FINNS-INTE' }] });
    const errors = (await admin.get(`/api/hr-imports/${importId}/changes`).query({ kind: 'error' }).expect(200)).body;
    expect(errors.items.map((c: { name: string }) => c.name)).toEqual(['Lisa Fel']);
    expect(await counts()).toEqual(before);
  });

  it('applies the dry run as a job, all of it, and the assignments follow', async () => {
    const before = await counts();
    const result = await applied(importId);
    expect(result).toMatchObject({ status: 'applied', failure: null });
    expect(result.progress.done).toBe(result.progress.total);
    expect(result.progress.total).toBeGreaterThan(0);
    // One person and two employments more (Nils; Olle in Miljö), two ended (Olle in Bygglov, Karl).
    expect(await counts()).toEqual({
      people: before.people + 1,
      employments: before.employments + 2,
      ended: before.ended + 2,
    });
    expect(await employments(people['olle.ek'])).toEqual([
      { orgUnitId: units.bygglov, startDate: '2024-01-15', endDate: yesterday },
      { orgUnitId: units.miljo, startDate: today, endDate: null },
    ]);
    expect(await employments(people['karl.berg'])).toEqual([
      { orgUnitId: units.ksf, startDate: '2024-01-15', endDate: yesterday },
    ]);
    const [eva] = await t.dataSource.query(`SELECT employee_number FROM person WHERE id = $1`, [people['eva.strand']]);
    expect(eva.employee_number).toBe('1003');
    const [nils] = await t.dataSource.query(`SELECT id, name FROM person WHERE employee_number = '2001'`);
    expect(nils.name).toBe('Nils Holm');
    // The rule for the förvaltning now requires the module of the new hire, without anyone enrolling him.
    const timeline = (await admin.get(`/api/compliance/people/${nils.id}/timeline`).expect(200)).body;
    expect(timeline.requirements).toEqual([
      expect.objectContaining({ ruleName: 'Företagarperspektiv', dueDate: '2026-02-06' }),
    ]);
    // The mapping is remembered for the next file.
    const remembered = (await admin.get('/api/hr-imports/mapping').expect(200)).body;
    expect(remembered.mapping).toMatchObject({ employeeNumber: 'Anställningsnummer', email: 'E-post' });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await counts();
    const { body } = await upload(FILE).expect(201);
    expect(body.summary).toEqual({
      rows: 5,
      hires: 0,
      rehires: 0,
      transfers: 0,
      leavers: 0,
      updates: 0,
      unchanged: 4,
      errors: 1,
    });
    expect(body.sameFileAppliedAt).not.toBeNull();
    expect((await applied(body.id)).status).toBe('applied');
    expect(await counts()).toEqual(before);
  });

  it('refuses a file with personal identity numbers, and keeps nothing of it', async () => {
    const listed = (await admin.get('/api/hr-imports').expect(200)).body.length;
    const file = Buffer.from(
      `${HEADER};Personnummer\n1001;Sara;Lind;sara.lind@stenungsund.se;SBF-BYGG;;2024-01-15;;811218-9876\n`,
    );
    const refused = await upload(file).expect(422);
    expect(refused.body).toMatchObject({ code: 'identity_number_refused' });
    expect(refused.body.detail).toContain('Personnummer');
    expect((await admin.get('/api/hr-imports').expect(200)).body.length).toBe(listed);
  });

  it('asks for the columns when it cannot tell them, and remembers the choice', async () => {
    const odd = Buffer.from(
      'Nr,Vem,Adress,Ställe,Sedan\n1001,Sara Lind,sara.lind@stenungsund.se,SBF-BYGG,2024-01-15\n',
    );
    const first = (await upload(odd).expect(201)).body;
    expect(first.status).toBe('unmapped');
    expect(first.summary).toBeNull();
    expect(first.mappingProblems.length).toBeGreaterThan(0);
    await admin.post(`/api/hr-imports/${first.id}/apply`).expect(409);
    const bad = await admin
      .put(`/api/hr-imports/${first.id}/mapping`)
      .send({ mapping: { employeeNumber: 'Saknas' } })
      .expect(200);
    expect(bad.body.status).toBe('unmapped');
    expect(bad.body.mappingProblems).toEqual(expect.arrayContaining(['The file has no column "Saknas".']));
    const mapping = { employeeNumber: 'Nr', name: 'Vem', email: 'Adress', orgUnitCode: 'Ställe', startDate: 'Sedan' };
    const planned = (await admin.put(`/api/hr-imports/${first.id}/mapping`).send({ mapping }).expect(200)).body;
    expect(planned.status).toBe('planned');
    // Only Sara is on this file: everyone else with an employee number would leave. Not applied here.
    expect(planned.summary).toMatchObject({ leavers: 3, unchanged: 1 });
    await admin.put(`/api/hr-imports/${first.id}/mapping`).send({ mapping: 'Nr' }).expect(400);
  });

  it('reads an Excel workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Anställda');
    sheet.addRow(HEADER.split(';'));
    for (const line of FILE.toString('latin1').trim().split('\r\n').slice(1)) {
      const cells: (string | Date)[] = line.split(';');
      cells[6] = new Date(`${cells[6]}T00:00:00Z`);
      sheet.addRow(cells);
    }
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    const { body } = await upload(
      data,
      'personal.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ).expect(201);
    expect(body).toMatchObject({ format: 'xlsx', status: 'planned' });
    expect(body.summary).toMatchObject({ rows: 5, unchanged: 4, errors: 1 });
  });

  it('does not apply a dry run the staff has moved on from, and writes nothing', async () => {
    const { body } = await upload(
      roster([
        '1001;Sara;Lind;sara.lind@stenungsund.se;SBF-MILJO;handläggare;2024-01-15;',
        '1003;Eva;Strand;eva.strand@stenungsund.se;SBF-BYGG;handläggare;2024-01-15;',
        '1004;Olle;Ek;olle.ek@stenungsund.se;SBF-MILJO;handläggare;2024-01-15;',
        '2001;Nils;Holm;nils.holm@stenungsund.se;SBF-BYGG;bygglovshandläggare;2026-01-07;',
      ]),
    ).expect(201);
    expect(body.summary).toMatchObject({ transfers: 1 });
    // Meanwhile an admin ends Eva's employment by hand.
    await admin.post(`/api/people/${people['eva.strand']}/leave`).send({ lastDay: today }).expect(200);
    const before = await counts();
    const result = await applied(body.id);
    expect(result.status).toBe('stale');
    expect(result.failure).toMatch(/run the dry run again/);
    expect(await counts()).toEqual(before);
    expect((await employments(people['sara.lind'])).map((e) => e.orgUnitId)).toEqual([units.bygglov]);
    // Planned again, it applies.
    const again = (await admin.put(`/api/hr-imports/${body.id}/mapping`).send({ mapping: body.mapping }).expect(200))
      .body;
    expect(again.status).toBe('planned');
    expect((await applied(body.id)).status).toBe('applied');
    expect((await employments(people['sara.lind'])).map((e) => e.orgUnitId)).toEqual([units.bygglov, units.miljo]);
  });

  it('writes nothing at all when the apply fails halfway', async () => {
    const { body } = await upload(
      roster([
        '1001;Sara;Lind;sara.lind@stenungsund.se;SBF-BYGG;handläggare;2024-01-15;',
        '1003;Eva;Strand;eva.strand@stenungsund.se;SBF-BYGG;handläggare;2024-01-15;',
        '1004;Olle;Ek;olle.ek@stenungsund.se;SBF-MILJO;handläggare;2024-01-15;',
        '2001;Nils;Holm;nils.holm@stenungsund.se;SBF-BYGG;bygglovshandläggare;2026-01-07;',
        '3001;Bo;Sist;bo.sist@stenungsund.se;KSF;avbryter;2026-01-07;',
      ]),
    ).expect(201);
    expect(body.summary).toMatchObject({ hires: 1, transfers: 1 });
    // The database refuses the last row written, Bo's employment, after Sara's move and Bo himself were written.
    await t.dataSource.query(`
      CREATE FUNCTION refuse_test_role() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.job_role = 'avbryter' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_test_role BEFORE INSERT ON employment FOR EACH ROW EXECUTE FUNCTION refuse_test_role();`);
    try {
      const before = await counts();
      const result = await applied(body.id);
      expect(result.status).toBe('failed');
      expect(result.failure).toMatch(/changed nothing/);
      expect(await counts()).toEqual(before);
      const [bo] = await t.dataSource.query(`SELECT count(*)::int AS n FROM person WHERE employee_number = '3001'`);
      expect(bo.n).toBe(0);
    } finally {
      await t.dataSource.query(`DROP TRIGGER refuse_test_role ON employment; DROP FUNCTION refuse_test_role();`);
    }
  });

  it('answers bad requests with a clear 4xx', async () => {
    await admin
      .post('/api/hr-imports')
      .query({ fileName: 'a.pdf' })
      .set('Content-Type', 'application/pdf')
      .send(Buffer.from('%PDF'))
      .expect(415);
    await upload(Buffer.alloc(0)).expect(422);
    await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])).expect(422);
    await admin.post('/api/hr-imports').set('Content-Type', 'text/csv').send(FILE).expect(400);
    await admin.get('/api/hr-imports/not-a-uuid').expect(400);
    const missing = await admin.get('/api/hr-imports/00000000-0000-4000-8000-000000000000').expect(404);
    expect(missing.body.code).toBe('import_not_found');
    await admin.get(`/api/hr-imports/${importId}/changes`).query({ kind: 'promotion' }).expect(400);
    const twice = await admin.post(`/api/hr-imports/${importId}/apply`).expect(409);
    expect(twice.body.code).toBe('import_not_planned');
  });

  it("keeps another municipality's imports out of reach", async () => {
    const other = await t.createTenant('tjorn', 'Tjörns kommun');
    const tjorn = t.as(await t.signIn(other.host, ACCOUNT.tjornCaseworker));
    const me = (await tjorn.get('/api/auth/me').expect(200)).body.person;
    await t.dataSource.query(
      `INSERT INTO role_grant (tenant_id, person_id, role, source) VALUES ($1, $2, 'admin', 'admin')`,
      [other.tenant.id, me.id],
    );
    expect((await tjorn.get('/api/hr-imports').expect(200)).body).toEqual([]);
    await tjorn.get(`/api/hr-imports/${importId}`).expect(404);
    await tjorn.get(`/api/hr-imports/${importId}/changes`).expect(404);
    await tjorn.post(`/api/hr-imports/${importId}/apply`).expect(404);
    expect((await tjorn.get('/api/hr-imports/mapping').expect(200)).body.mapping).toBeNull();
  });
});
