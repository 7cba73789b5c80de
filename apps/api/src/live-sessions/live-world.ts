import { Actor } from '@larnav/api/common';
import { runAsTenant } from '@larnav/api/db';
import { permissionsOf, Role } from '@larnav/contracts';
import { FRONT_MATTER, textLesson } from '../catalog/catalog-fixtures';
import { ACCOUNT, TestApp } from '../testing/test-app';

/**
 * A municipality with a published module to hold live sessions of: Samhällsbyggnadsförvaltningen
 * (SBF) with Bygglov under it, and Kommunstyrelseförvaltningen (KSF); the trainer (Karin), the
 * admin, and the caseworker Sara signed in, Sara employed in Bygglov.
 */
export async function liveSessionWorld(t: TestApp, slug = 'stenungsund') {
  const created = await t.createTenant(slug, `${slug} kommun`);
  const adminSession = await t.signIn(created.host, ACCOUNT.admin);
  const admin = t.as(adminSession);
  const trainer = t.as(await t.signIn(created.host, ACCOUNT.trainer));
  const learnerSession = await t.signIn(created.host, ACCOUNT.caseworker);
  const learner = t.as(learnerSession);
  const unit = async (parentId: string, name: string, code: string) =>
    (await admin.post('/api/org-units').send({ parentId, name, code }).expect(201)).body.id as string;
  const sbf = await unit(created.rootId, 'Samhällsbyggnadsförvaltningen', 'SBF');
  const bygglov = await unit(sbf, 'Bygglov', 'SBF-BYGG');
  const ksf = await unit(created.rootId, 'Kommunstyrelseförvaltningen', 'KSF');
  const saraId = (await learner.get('/api/auth/me').expect(200)).body.person.id as string;
  await admin
    .post(`/api/people/${saraId}/employments`)
    .send({ orgUnitId: bygglov, jobRole: 'handläggare', startDate: '2020-01-01' })
    .expect(201);
  const moduleId = (
    await trainer
      .post('/api/catalog/modules')
      .send({ ...FRONT_MATTER, title: 'Näringslivsperspektiv', titleEn: 'The business perspective' })
      .expect(201)
  ).body.id as string;
  await trainer
    .put(`/api/catalog/modules/${moduleId}/draft`)
    .send({
      ...FRONT_MATTER,
      title: 'Näringslivsperspektiv',
      titleEn: 'The business perspective',
      revision: 1,
      lessons: [textLesson('A', 'a')],
    })
    .expect(200);
  await trainer
    .post(`/api/catalog/modules/${moduleId}/draft/publish`)
    .send({ changeNote: 'v1', significance: 'minor', revision: 2 })
    .expect(200);

  /** Hires people straight into a unit (no sign-in), for bookings made through the service. */
  const hire = async (count: number, orgUnitId: string, prefix: string): Promise<string[]> => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const res = await admin
        .post('/api/people')
        .send({
          name: `${prefix} ${i}`,
          email: `${prefix.toLowerCase()}${i}@${slug}.se`,
          employment: { orgUnitId, jobRole: 'handläggare', startDate: '2020-01-01' },
        })
        .expect(201);
      ids.push(res.body.id);
    }
    return ids;
  };
  const tenantId = created.tenant.id;
  const learnerActor = (personId: string) => learnerOf(tenantId, personId);
  return {
    tenantId,
    host: created.host,
    admin,
    trainer,
    learner,
    saraId,
    units: { sbf, bygglov, ksf },
    moduleId,
    hire,
    learnerActor,
    inTenant: <T>(work: () => Promise<T>) => runAsTenant(tenantId, work),
  };
}

/** A Stockholm wall-clock time `days` from today at `time`, for sessions that are always ahead. */
export function localDaysAhead(days: number, time: string): string {
  const date = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return `${date}T${time}`;
}

/** A learner as the services see one who booked through the API: for bookings made straight through a service. */
export function learnerOf(tenantId: string, personId: string): Actor {
  return {
    tenantId,
    personId,
    tokenId: null,
    sessionId: null,
    roles: [Role.Learner],
    permissions: permissionsOf([Role.Learner]),
    hrUnitIds: [],
  };
}
