import { devIdpGroupId } from '@larnav/api/demo';
import { FRONT_MATTER, textLesson } from '../catalog/catalog-fixtures';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

export type Api = ReturnType<TestApp['as']>;

/** A cell's counts, as the coverage API and the facts both give them. */
export type Counts = Record<'population' | 'compliant' | 'inProgress' | 'notStarted' | 'overdue' | 'exempt', number>;

/** Only the counts of a row or an API cell, to compare one with the other. */
export const countsOf = ({ population, compliant, inProgress, notStarted, overdue, exempt }: Counts): Counts => ({
  population,
  compliant,
  inProgress,
  notStarted,
  overdue,
  exempt,
});

/**
 * A small municipality whose coverage is worked out by hand (coverage.int-spec.ts says the
 * numbers). Stenungsund: SBF with Bygglov, Miljö and an old unit (archived after its one person
 * moved to Bygglov); KSF with Ekonomi.
 *
 * Rules, both from 2026-01-01: "Företagarperspektiv" (module business) for SBF, due 30 days after
 * employment start; "Informationssäkerhet" (module security) for everyone, due 30 days after the
 * rule took effect, renewed every 12 months.
 *
 * - Anna, Bygglov since 2024-02-01: business done 2026-01-20; security done 2025-02-01 (expires 2026-02-01).
 * - Bo, Miljö since 2025-01-01, transferred to Ekonomi 2026-04-01: nothing done.
 * - Cecilia, Bygglov 2025-06-01 to 2026-02-28 (a leaver): nothing done.
 * - David, Miljö from 2026-03-02 (a new hire): began business 2026-03-10, finished it 2026-05-10
 *   (late: due 2026-04-01); security done 2026-03-20.
 * - Erik, Bygglov since 2023-01-01: exempt from business 2026-01-01 to 2026-06-30.
 * - Frida, the old unit since 2025-01-01, transferred to Bygglov 2026-04-01: nothing done.
 * - Gustav, Ekonomi 2024-01-01 to 2025-06-30, rehired there from 2026-06-01 (a rehire after a
 *   gap: a new start, required security from that day): nothing done.
 */
export async function reportingWorld() {
  const t: TestApp = await createTestApp();
  const created = await t.createTenant('stenungsund', 'Stenungsunds kommun');
  const tenantId = created.tenant.id;
  const admin = t.as(await t.signIn(created.host, ACCOUNT.admin));
  const trainer = t.as(await t.signIn(created.host, ACCOUNT.trainer));
  const unit = async (parentId: string, name: string, code: string) =>
    (await admin.post('/api/org-units').send({ parentId, name, code }).expect(201)).body.id as string;
  const units = { root: created.rootId } as Record<string, string>;
  units.sbf = await unit(created.rootId, 'Samhällsbyggnadsförvaltningen', 'SBF');
  units.bygglov = await unit(units.sbf, 'Bygglov', 'SBF-BYGG');
  units.miljo = await unit(units.sbf, 'Miljö', 'SBF-MILJO');
  units.old = await unit(units.sbf, 'Gamla enheten', 'SBF-GAMLA');
  units.ksf = await unit(created.rootId, 'Kommunstyrelseförvaltningen', 'KSF');
  units.ekonomi = await unit(units.ksf, 'Ekonomi', 'KSF-EKO');

  const modules = {} as Record<'business' | 'security', { id: string; versionId: string }>;
  for (const [key, title] of [
    ['business', 'Företagarperspektiv'],
    ['security', 'Informationssäkerhet'],
  ] as const) {
    const id = (
      await trainer
        .post('/api/catalog/modules')
        .send({ ...FRONT_MATTER, title })
        .expect(201)
    ).body.id;
    await trainer
      .put(`/api/catalog/modules/${id}/draft`)
      .send({ ...FRONT_MATTER, title, revision: 1, lessons: [textLesson('A', 'a')] })
      .expect(200);
    await trainer
      .post(`/api/catalog/modules/${id}/draft/publish`)
      .send({ changeNote: 'v1', significance: 'minor', revision: 2 })
      .expect(200);
    const [{ id: versionId }] = await t.dataSource.query(`SELECT id FROM module_version WHERE module_id = $1`, [id]);
    modules[key] = { id, versionId };
  }
  await trainer
    .post('/api/compliance/rules')
    .send({
      name: 'Företagarperspektiv för myndighetsutövning',
      moduleId: modules.business.id,
      targetOrgUnitId: units.sbf,
      dueBasis: 'employment-start',
      dueDays: 30,
      validFrom: '2026-01-01',
    })
    .expect(201);
  await trainer
    .post('/api/compliance/rules')
    .send({
      name: 'Informationssäkerhet för alla',
      moduleId: modules.security.id,
      dueBasis: 'rule-start',
      dueDays: 30,
      recertifyMonths: 12,
      validFrom: '2026-01-01',
    })
    .expect(201);

  const people = {} as Record<string, string>;
  const hire = async (key: string, name: string, orgUnitId: string, startDate: string) => {
    people[key] = (
      await admin
        .post('/api/people')
        .send({ name, email: `${key}@stenungsund.se`, employment: { orgUnitId, jobRole: 'handläggare', startDate } })
        .expect(201)
    ).body.id;
  };
  await hire('anna', 'Anna Andersson', units.bygglov, '2024-02-01');
  await hire('bo', 'Bo Berg', units.miljo, '2025-01-01');
  await hire('cecilia', 'Cecilia Carlsson', units.bygglov, '2025-06-01');
  await hire('david', 'David Dahl', units.miljo, '2026-03-02');
  await hire('erik', 'Erik Ek', units.bygglov, '2023-01-01');
  await hire('frida', 'Frida Fors', units.old, '2025-01-01');
  await hire('gustav', 'Gustav Gren', units.ekonomi, '2024-01-01');
  await admin.post(`/api/people/${people.gustav}/leave`).send({ lastDay: '2025-06-30' }).expect(200);
  await admin
    .post(`/api/people/${people.gustav}/employments`)
    .send({ orgUnitId: units.ekonomi, jobRole: 'ekonom', startDate: '2026-06-01' })
    .expect(201);
  const transfer = (key: string, toOrgUnitId: string, date: string) =>
    admin.post(`/api/people/${people[key]}/transfer`).send({ toOrgUnitId, date }).expect(200);
  await transfer('bo', units.ekonomi, '2026-04-01');
  await transfer('frida', units.bygglov, '2026-04-01');
  await admin.post(`/api/people/${people.cecilia}/leave`).send({ lastDay: '2026-02-28' }).expect(200);
  await admin.post(`/api/org-units/${units.old}/archive`).send({}).expect(200);

  const complete = (key: string, module: keyof typeof modules, at: string) =>
    t.dataSource.query(
      `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, score, method)
       VALUES ($1, $2, $3, $4, $5, 90, 'e-learning')`,
      [tenantId, people[key], modules[module].id, modules[module].versionId, at],
    );
  await complete('anna', 'business', '2026-01-20T09:00:00Z');
  await complete('anna', 'security', '2025-02-01T09:00:00Z');
  await complete('david', 'security', '2026-03-20T09:00:00Z');
  await complete('david', 'business', '2026-05-10T09:00:00Z');
  await t.dataSource.query(
    `INSERT INTO attempt (tenant_id, person_id, module_id, version_id, state, started_at, updated_at, completed_at)
     VALUES ($1, $2, $3, $4, '{}'::jsonb, '2026-03-10T08:00:00Z', '2026-05-10T09:00:00Z', '2026-05-10T09:00:00Z')`,
    [tenantId, people.david, modules.business.id, modules.business.versionId],
  );
  await admin
    .post('/api/compliance/exemptions')
    .send({
      personId: people.erik,
      moduleId: modules.business.id,
      reason: 'Föräldraledig',
      validFrom: '2026-01-01',
      validTo: '2026-06-30',
    })
    .expect(201);
  // Maria (HR) answers for SBF only.
  await admin
    .post('/api/admin/claim-mappings')
    .send({
      claim: 'groups',
      value: devIdpGroupId('stenungsund', 'SBF', 'hr'),
      effect: 'hr-scope',
      orgUnitId: units.sbf,
    })
    .expect(201);
  const hr = t.as(await t.signIn(created.host, ACCOUNT.hr));
  return { t, tenantId, host: created.host, admin, hr, units, modules, people };
}
