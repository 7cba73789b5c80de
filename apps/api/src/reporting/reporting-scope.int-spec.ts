import request from 'supertest';
import { reportingWorld } from './reporting-world';

type World = Awaited<ReturnType<typeof reportingWorld>>;

/** Onboarding coverage, and who may read which numbers: HR in their subtrees, BI tokens, other municipalities. */
describe('onboarding and reporting scope', () => {
  let w: World;
  let otherRoot: string;
  let token: string;
  let tokenWithout: string;
  beforeAll(async () => {
    w = await reportingWorld();
    otherRoot = (await w.t.createTenant('tjorn', 'Tjörns kommun')).rootId;
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const make = async (scopes: string[]) =>
      (
        await w.admin
          .post('/api/admin/tokens')
          .send({ name: scopes.join(' '), scopes, expiresAt })
          .expect(201)
      ).body.token as string;
    token = await make(['reporting:read']);
    tokenWithout = await make(['org:read', 'people:read']);
  });
  afterAll(() => w.t.close());

  const bearer = (value: string, url: string) =>
    request(w.t.app.getHttpServer()).get(url).set('Host', w.host).set('Authorization', `Bearer ${value}`);

  it('counts new starters by whether they completed each module required from their first day in time', async () => {
    const march = (
      await w.admin
        .get('/api/reporting/onboarding')
        .query({ orgUnitId: w.units.sbf, from: '2026-03-01', to: '2026-03-31' })
        .expect(200)
    ).body;
    expect(march.nodes.map((n: { name: string; hires: number }) => `${n.name} ${n.hires}`)).toEqual([
      'Samhällsbyggnadsförvaltningen 1',
      'Miljö 1',
    ]);
    const sbf = march.nodes[0].modules;
    // David finished the business module on 2026-05-10, due 2026-04-01; security on 2026-03-20, in time.
    expect(sbf.find((m: { moduleId: string }) => m.moduleId === w.modules.business.id)).toMatchObject({
      required: 1,
      inTime: 0,
      late: 1,
      percentage: 0,
    });
    expect(sbf.find((m: { moduleId: string }) => m.moduleId === w.modules.security.id)).toMatchObject({
      required: 1,
      inTime: 1,
      percentage: 100,
    });
    // Those who started in 2025 were not required anything from their first day (the rules began in 2026).
    const year = (
      await w.admin.get('/api/reporting/onboarding').query({ from: '2025-01-01', to: '2025-12-31' }).expect(200)
    ).body;
    const sbf2025 = year.nodes.find((n: { name: string }) => n.name === 'Samhällsbyggnadsförvaltningen');
    expect(sbf2025.hires).toBe(3);
    expect(
      sbf2025.modules.every((m: { required: number; percentage: null }) => m.required === 0 && m.percentage === null),
    ).toBe(true);
  });

  it('counts a rehire after a gap as a new start, and a window that closed undone as missed', async () => {
    const june = (
      await w.admin
        .get('/api/reporting/onboarding')
        .query({ orgUnitId: w.units.ksf, from: '2026-06-01', to: '2026-06-30', moduleId: w.modules.security.id })
        .expect(200)
    ).body;
    expect(june.nodes.map((n: { name: string; hires: number }) => `${n.name} ${n.hires}`)).toEqual([
      'Kommunstyrelseförvaltningen 1',
      'Ekonomi 1',
    ]);
    expect(june.nodes[1].modules).toEqual([
      expect.objectContaining({ required: 1, inTime: 0, missed: 1, open: 0, percentage: 0 }),
    ]);
    // Bo's transfer into KSF in April is no start.
    const april = (
      await w.admin
        .get('/api/reporting/onboarding')
        .query({ orgUnitId: w.units.ksf, from: '2026-04-01', to: '2026-04-30' })
        .expect(200)
    ).body;
    expect(april.nodes).toEqual([]);
  });

  it("keeps an HR officer to her own förvaltning's numbers and people", async () => {
    const tree = (await w.hr.get('/api/reporting/coverage').query({ asOf: '2026-05-01' }).expect(200)).body;
    expect(tree.nodes.map((n: { name: string }) => n.name)).toEqual([
      'Samhällsbyggnadsförvaltningen',
      'Bygglov',
      'Miljö',
    ]);
    expect(tree.nodes[0].parentId).toBeNull();
    const names = async (api: typeof w.hr) =>
      (
        await api
          .get('/api/reporting/coverage/people')
          .query({ asOf: '2026-05-01', moduleId: w.modules.security.id, limit: 500 })
          .expect(200)
      ).body.people.map((p: { name: string }) => p.name);
    // Bo works in Ekonomi (KSF) since April: the admin sees him, SBF's HR does not.
    expect(await names(w.admin)).toContain('Bo Berg');
    expect(await names(w.hr)).not.toContain('Bo Berg');
    expect(await names(w.hr)).toContain('Frida Fors');
    for (const url of ['coverage', 'coverage/people', 'trend']) {
      const outside = await w.hr.get(`/api/reporting/${url}`).query({ orgUnitId: w.units.ksf }).expect(403);
      expect(outside.body.code).toBe('outside_scope');
    }
    await w.hr
      .get('/api/reporting/onboarding')
      .query({ orgUnitId: w.units.ekonomi, from: '2026-01-01', to: '2026-12-31' })
      .expect(403);
  });

  it("answers 404 for another municipality's unit, whoever asks", async () => {
    for (const api of [w.admin, w.hr]) {
      const response = await api.get('/api/reporting/coverage').query({ orgUnitId: otherRoot }).expect(404);
      expect(response.body.code).toBe('org_unit_not_found');
    }
    await bearer(token, `/api/reporting/coverage/people?orgUnitId=${otherRoot}`).expect(404);
  });

  it('serves BI tools with a reporting token the same numbers as the dashboard, paged', async () => {
    const query = `asOf=2026-03-15&moduleId=${w.modules.business.id}`;
    const dashboard = (await w.admin.get(`/api/reporting/coverage?${query}`).expect(200)).body;
    const bi = (await bearer(token, `/api/reporting/coverage?${query}`).expect(200)).body;
    expect(bi).toEqual(dashboard);
    const first = (await bearer(token, `/api/reporting/coverage?${query}&limit=2`).expect(200)).body;
    const rest = (await bearer(token, `/api/reporting/coverage?${query}&limit=10&offset=2`).expect(200)).body;
    expect(first.total).toBe(dashboard.total);
    expect([...first.nodes, ...rest.nodes]).toEqual(dashboard.nodes);
    await bearer(tokenWithout, `/api/reporting/coverage?${query}`).expect(403);
  });
});
