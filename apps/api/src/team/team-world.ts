import { runAsTenant } from '@larnav/api/db';
import { FRONT_MATTER, textLesson } from '../catalog/catalog-fixtures';
import { ACCOUNT, TestApp } from '../testing/test-app';

export type Api = ReturnType<TestApp['as']>;

/**
 * A municipality with managers. SBF with Bygglov and Miljö under it, and KSF. Sara (the
 * caseworker account, a learner and nothing more) works in SBF and is made chef of Bygglov by the
 * admin; Karin (trainer) and Maria (HR for nobody in particular here) work in Bygglov, beside the
 * hired Anna and Bo (English); David works in Miljö, Cecilia in KSF. One rule requires
 * "Informationssäkerhet" of everyone by 2024-03-01, so everyone is overdue; Anna has completed it.
 */
export async function teamWorld(t: TestApp, slug = 'stenungsund') {
  const created = await t.createTenant(slug, `${slug} kommun`);
  const tenantId = created.tenant.id;
  const admin = t.as(await t.signIn(created.host, ACCOUNT.admin));
  const trainer = t.as(await t.signIn(created.host, ACCOUNT.trainer));
  const sara = t.as(await t.signIn(created.host, ACCOUNT.caseworker));
  const maria = t.as(await t.signIn(created.host, ACCOUNT.hr));
  const idOf = async (api: Api) => (await api.get('/api/auth/me').expect(200)).body.person.id as string;
  const unit = async (parentId: string, name: string, code: string) =>
    (await admin.post('/api/org-units').send({ parentId, name, code }).expect(201)).body.id as string;
  const units = { root: created.rootId } as Record<string, string>;
  units.sbf = await unit(created.rootId, 'Samhällsbyggnadsförvaltningen', 'SBF');
  units.bygglov = await unit(units.sbf, 'Bygglov', 'SBF-BYGG');
  units.miljo = await unit(units.sbf, 'Miljö', 'SBF-MILJO');
  units.ksf = await unit(created.rootId, 'Kommunstyrelseförvaltningen', 'KSF');

  const people = {} as Record<string, string>;
  const employ = (personId: string, orgUnitId: string) =>
    admin
      .post(`/api/people/${personId}/employments`)
      .send({ orgUnitId, jobRole: 'handläggare', startDate: '2020-01-01' })
      .expect(201);
  people.sara = await idOf(sara);
  people.karin = await idOf(trainer);
  people.maria = await idOf(maria);
  people.anders = await idOf(admin);
  await employ(people.sara, units.sbf);
  await employ(people.karin, units.bygglov);
  await employ(people.maria, units.bygglov);
  const hire = async (key: string, name: string, orgUnitId: string) => {
    people[key] = (
      await admin
        .post('/api/people')
        .send({
          name,
          email: `${key}@${slug}.se`,
          employment: { orgUnitId, jobRole: 'handläggare', startDate: '2020-01-01' },
        })
        .expect(201)
    ).body.id;
  };
  await hire('anna', 'Anna Andersson', units.bygglov);
  await hire('bo', 'Bo Berg', units.bygglov);
  await hire('david', 'David Dahl', units.miljo);
  await hire('cecilia', 'Cecilia Carlsson', units.ksf);
  await t.dataSource.query(`UPDATE person SET locale = 'en' WHERE id = $1`, [people.bo]);
  await admin.put(`/api/org-units/${units.bygglov}/manager`).send({ personId: people.sara }).expect(200);

  const title = 'Informationssäkerhet';
  const moduleId = (
    await trainer
      .post('/api/catalog/modules')
      .send({ ...FRONT_MATTER, title, titleEn: 'Information security' })
      .expect(201)
  ).body.id as string;
  await trainer
    .put(`/api/catalog/modules/${moduleId}/draft`)
    .send({ ...FRONT_MATTER, title, titleEn: 'Information security', revision: 1, lessons: [textLesson('A', 'a')] })
    .expect(200);
  await trainer
    .post(`/api/catalog/modules/${moduleId}/draft/publish`)
    .send({ changeNote: 'v1', significance: 'minor', revision: 2 })
    .expect(200);
  await trainer
    .post('/api/compliance/rules')
    .send({
      name: 'Informationssäkerhet för alla',
      moduleId,
      dueBasis: 'fixed-date',
      dueDate: '2024-03-01',
      validFrom: '2024-01-01',
    })
    .expect(201);
  const [{ id: versionId }] = await t.dataSource.query(`SELECT id FROM module_version WHERE module_id = $1`, [
    moduleId,
  ]);
  await t.dataSource.query(
    `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, score, method)
     VALUES ($1, $2, $3, $4, now(), 90, 'e-learning')`,
    [tenantId, people.anna, moduleId, versionId],
  );
  return {
    tenantId,
    host: created.host,
    admin,
    trainer,
    sara,
    maria,
    units,
    people,
    moduleId,
    inTenant: <T>(work: () => Promise<T>) => runAsTenant(tenantId, work),
  };
}
