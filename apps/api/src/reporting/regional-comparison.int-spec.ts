import { FRONT_MATTER, textLesson } from '../catalog/catalog-fixtures';
import { runAsTenant } from '@larnav/api/db';
import { RegionalCoverageRefresh } from '@larnav/api/reporting';
import { calendarDateAt } from '@larnav/contracts';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

type Api = ReturnType<TestApp['as']>;
type Municipality = { tenant: { id: string }; rootId: string };

/**
 * The regional comparison (issue 10 part 8): Stenungsund shares a module with the region, and
 * Stenungsund (6 people) and Tjörn (3) both require it and share their numbers. The region's
 * analyst sees Stenungsund only, since Tjörn's group is under five, until Tjörn hires three more;
 * no person of anyone is ever in the answer, and a municipality that stops sharing is gone.
 */
describe('the regional comparison', () => {
  let t: TestApp;
  const admins = {} as Record<'stenungsund' | 'tjorn', Api>;
  let tjornTenant: Municipality;
  let analyst: Api;
  let moduleId: string;

  const grant = async (api: Api, tenantId: string, role: string) => {
    const me = (await api.get('/api/auth/me').expect(200)).body.person;
    await t.dataSource.query(
      `INSERT INTO role_grant (tenant_id, person_id, role, source) VALUES ($1, $2, $3, 'admin')`,
      [tenantId, me.id, role],
    );
  };

  /** People in the municipality's root unit, from 2025: person1@…, person2@… */
  const hire = async (api: Api, domain: string, where: Municipality, numbers: number[]) => {
    for (const n of numbers) {
      await api
        .post('/api/people')
        .send({
          name: `Person ${n}`,
          email: `person${n}@${domain}`,
          employment: { orgUnitId: where.rootId, jobRole: 'handläggare', startDate: '2025-01-01' },
        })
        .expect(201);
    }
  };

  /** The shared module required of everyone, `count` people, the first `completed` of them done. */
  const staff = async (api: Api, domain: string, where: Municipality, count: number, completed: number) => {
    await api
      .post('/api/compliance/rules')
      .send({
        name: 'Företagarperspektiv för alla',
        moduleId,
        dueBasis: 'rule-start',
        dueDays: 30,
        validFrom: '2026-01-01',
      })
      .expect(201);
    await hire(
      api,
      domain,
      where,
      Array.from({ length: count }, (_, i) => i + 1),
    );
    const [{ id: versionId }] = await t.dataSource.query(
      `SELECT id FROM module_version WHERE module_id = $1 AND status = 'published'`,
      [moduleId],
    );
    await t.dataSource.query(
      `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, score, method)
       SELECT tenant_id, id, $2, $3, '2026-02-01T09:00:00Z', 90, 'e-learning' FROM person
        WHERE tenant_id = $1 AND email LIKE 'person%' ORDER BY email LIMIT $4`,
      [where.tenant.id, moduleId, versionId, completed],
    );
  };

  const shareAndWait = async (api: Api) => {
    const started = (await api.put('/api/regional/sharing').send({ shares: true }).expect(200)).body;
    expect(started).toMatchObject({ shares: true });
    // The numbers are worked out by a job; the admin's page shows when they were.
    for (let tries = 0; tries < 200; tries++) {
      if ((await api.get('/api/regional/sharing').expect(200)).body.computedAt) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The shared numbers were never worked out');
  };

  beforeAll(async () => {
    t = await createTestApp();
    const stenungsund = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    const tjorn = await t.createTenant('tjorn', 'Tjörns kommun');
    admins.stenungsund = t.as(await t.signIn(stenungsund.host, ACCOUNT.admin));
    admins.tjorn = t.as(await t.signIn(tjorn.host, ACCOUNT.tjornCaseworker));
    await grant(admins.tjorn, tjorn.tenant.id, 'admin');
    tjornTenant = tjorn;

    const trainer = t.as(await t.signIn(stenungsund.host, ACCOUNT.trainer));
    const title = 'Företagarperspektiv i myndighetsutövning';
    moduleId = (
      await trainer
        .post('/api/catalog/modules')
        .send({ ...FRONT_MATTER, title })
        .expect(201)
    ).body.id;
    await trainer
      .put(`/api/catalog/modules/${moduleId}/draft`)
      .send({ ...FRONT_MATTER, title, revision: 1, lessons: [textLesson('A', 'a')] })
      .expect(200);
    await trainer
      .post(`/api/catalog/modules/${moduleId}/draft/publish`)
      .send({ changeNote: 'v1', significance: 'minor', revision: 2 })
      .expect(200);
    await trainer.put(`/api/catalog/modules/${moduleId}/sharing`).send({ sharing: 'region' }).expect(200);

    await staff(admins.stenungsund, 'stenungsund.se', stenungsund, 6, 3);
    await staff(admins.tjorn, 'tjorn.se', tjorn, 3, 3);

    analyst = t.as(await t.signIn(stenungsund.host, ACCOUNT.caseworker));
    await grant(analyst, stenungsund.tenant.id, 'region');
  });
  afterAll(() => t.close());

  it('shows nothing until a municipality chooses to share', async () => {
    expect((await admins.stenungsund.get('/api/regional/sharing').expect(200)).body).toEqual({
      shares: false,
      since: null,
      computedAt: null,
    });
    expect((await analyst.get('/api/regional/coverage').expect(200)).body).toEqual({
      minimumGroup: 5,
      ownMunicipalityShares: false,
      modules: [],
    });
  });

  it('shows the sharing municipalities side by side, never a group under five, never a person', async () => {
    await shareAndWait(admins.stenungsund);
    await shareAndWait(admins.tjorn);
    const body = (await analyst.get('/api/regional/coverage').expect(200)).body;
    expect(body.ownMunicipalityShares).toBe(true);
    expect(body.modules).toHaveLength(1);
    expect(body.modules[0]).toMatchObject({ moduleId, title: 'Företagarperspektiv i myndighetsutövning' });
    // Tjörn's three are held back.
    expect(body.modules[0].municipalities).toEqual([
      expect.objectContaining({ name: 'Stenungsunds kommun', population: 6, compliant: 3, percentage: 50 }),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/person\d|@/);

    // PostgreSQL itself holds the small group back: the crossing's own read finds one row of two.
    const rows = await t.dataSource.transaction(async (em) => {
      await em.query(
        `SELECT set_config('app.crossing', 'regional-coverage', true), set_config('role', 'larnav_app', true)`,
      );
      return em.query(`SELECT population FROM regional_coverage`);
    });
    expect(rows).toEqual([{ population: 6 }]);
    const [{ stored }] = await t.dataSource.query(`SELECT count(*)::int AS stored FROM regional_coverage`);
    expect(stored).toBe(2);
  });

  it("shows Tjörn once its group reaches five, at the night's refresh", async () => {
    await hire(admins.tjorn, 'tjorn.se', tjornTenant, [4, 5, 6]);
    await runAsTenant(tjornTenant.tenant.id, () =>
      t.app.get(RegionalCoverageRefresh).refresh(calendarDateAt(new Date())),
    );
    const body = (await analyst.get('/api/regional/coverage').expect(200)).body;
    // Highest coverage first; equal ones by name.
    expect(body.modules[0].municipalities).toEqual([
      expect.objectContaining({ name: 'Stenungsunds kommun', population: 6, compliant: 3, percentage: 50 }),
      expect.objectContaining({ name: 'Tjörns kommun', population: 6, compliant: 3, overdue: 3, percentage: 50 }),
    ]);
  });

  it('takes a municipality out again when it stops sharing, and keeps the others', async () => {
    await admins.stenungsund.put('/api/regional/sharing').send({ shares: false }).expect(200);
    const body = (await analyst.get('/api/regional/coverage').expect(200)).body;
    expect(body.ownMunicipalityShares).toBe(false);
    expect(body.modules[0].municipalities.map((m: { name: string }) => m.name)).toEqual(['Tjörns kommun']);
    const [{ stored }] = await t.dataSource.query(`SELECT count(*)::int AS stored FROM regional_coverage`);
    expect(stored).toBe(1);
  });

  it('lets only the region role read it and only an admin decide, with a clear 400 for bad input', async () => {
    await admins.stenungsund.get('/api/regional/coverage').expect(403);
    await analyst.get('/api/regional/sharing').expect(403);
    await analyst.put('/api/regional/sharing').send({ shares: true }).expect(403);
    const bad = await admins.tjorn.put('/api/regional/sharing').send({ shares: 'yes' }).expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/shares must be true or false/);
  });
});
