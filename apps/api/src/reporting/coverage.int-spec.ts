import { Api, reportingWorld } from './reporting-world';

type World = Awaited<ReturnType<typeof reportingWorld>>;
interface Counts {
  population: number;
  compliant: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  exempt: number;
  percentage: number | null;
}
interface Node {
  unitId: string;
  name: string;
  archived: boolean;
  parentId: string | null;
  modules: (Counts & { moduleId: string })[];
}

const counts = (population: number, c: Partial<Counts>, percentage: number | null): Counts => ({
  population,
  compliant: 0,
  inProgress: 0,
  notStarted: 0,
  overdue: 0,
  exempt: 0,
  ...c,
  percentage,
});

/** Coverage (issue 10 part 1 and 2) against the hand-made municipality of reporting-world.ts. */
describe('coverage', () => {
  let w: World;
  beforeAll(async () => {
    w = await reportingWorld();
  });
  afterAll(() => w.t.close());

  const tree = async (api: Api, query: Record<string, string>) =>
    (await api.get('/api/reporting/coverage').query(query).expect(200)).body as {
      asOf: string;
      total: number;
      modules: { id: string; title: string }[];
      nodes: Node[];
    };
  const business = (node: Node | undefined) => node?.modules.find((m) => m.moduleId === w.modules.business.id);
  const byName = (nodes: Node[]) => new Map(nodes.map((n) => [n.name, n]));

  it('counts a department with its subtree on a day: compliant, in progress, overdue, exempt apart', async () => {
    const report = await tree(w.admin, { asOf: '2026-03-15', moduleId: w.modules.business.id });
    const nodes = byName(report.nodes);
    // Anna done, Erik exempt, Bo and Frida overdue, David begun; Cecilia left on 2026-02-28.
    expect(business(nodes.get('Samhällsbyggnadsförvaltningen'))).toMatchObject(
      counts(5, { compliant: 1, inProgress: 1, overdue: 2, exempt: 1 }, 25),
    );
    expect(business(nodes.get('Bygglov'))).toMatchObject(counts(2, { compliant: 1, exempt: 1 }, 100));
    expect(business(nodes.get('Miljö'))).toMatchObject(counts(2, { inProgress: 1, overdue: 1 }, 0));
    expect(business(nodes.get('Kommunstyrelseförvaltningen'))).toMatchObject(counts(0, {}, null));
    // The municipality rolls everything up.
    expect(business(nodes.get('Stenungsunds kommun'))).toMatchObject(
      counts(5, { compliant: 1, inProgress: 1, overdue: 2, exempt: 1 }, 25),
    );
    expect(report.modules.map((m) => m.title)).toEqual(['Företagarperspektiv']);
  });

  it('keeps an archived unit reportable for a day when it had staff, and leaves it out when it had none', async () => {
    const before = byName((await tree(w.admin, { asOf: '2026-03-15' })).nodes);
    expect(before.get('Gamla enheten')).toMatchObject({ archived: true, parentId: w.units.sbf });
    expect(business(before.get('Gamla enheten'))).toMatchObject(counts(1, { overdue: 1 }, 0));
    const after = byName((await tree(w.admin, { asOf: '2026-05-01' })).nodes);
    expect(after.has('Gamla enheten')).toBe(false);
  });

  it('gives the answer as it was: before the leaver left, and after the transfer out of SBF', async () => {
    const february = byName((await tree(w.admin, { asOf: '2026-02-15' })).nodes);
    // Cecilia still worked in Bygglov, David had not started.
    expect(business(february.get('Samhällsbyggnadsförvaltningen'))).toMatchObject(
      counts(5, { compliant: 1, overdue: 3, exempt: 1 }, 25),
    );
    const may = byName((await tree(w.admin, { asOf: '2026-05-01' })).nodes);
    // Bo moved to Ekonomi, where the rule does not reach; Frida moved inside SBF (no new due date).
    expect(business(may.get('Samhällsbyggnadsförvaltningen'))).toMatchObject(
      counts(4, { compliant: 1, overdue: 2, exempt: 1 }, 33.3),
    );
    expect(business(may.get('Bygglov'))).toMatchObject(counts(3, { compliant: 1, overdue: 1, exempt: 1 }, 50));
    expect(business(may.get('Kommunstyrelseförvaltningen'))).toMatchObject(counts(0, {}, null));
    // After the exemption ends (2026-06-30) and David finished late, Erik is overdue.
    const july = byName((await tree(w.admin, { asOf: '2026-07-15' })).nodes);
    expect(business(july.get('Bygglov'))).toMatchObject(counts(3, { compliant: 1, overdue: 2 }, 33.3));
    expect(business(july.get('Miljö'))).toMatchObject(counts(1, { compliant: 1 }, 100));
  });

  it('brings a rehire back into the population from their new first day, with a new due date', async () => {
    const security = async (asOf: string) => {
      const nodes = byName((await tree(w.admin, { asOf, moduleId: w.modules.security.id })).nodes);
      return nodes.get('Ekonomi')?.modules[0];
    };
    // Bo (transferred in on 2026-04-01) is overdue since February; Gustav left in 2025.
    expect(await security('2026-05-01')).toMatchObject(counts(1, { overdue: 1 }, 0));
    // Rehired on 2026-06-01: due 30 days later, so not yet overdue.
    expect(await security('2026-06-15')).toMatchObject(counts(2, { notStarted: 1, overdue: 1 }, 0));
    expect(await security('2026-07-15')).toMatchObject(counts(2, { overdue: 2 }, 0));
  });

  it('lets a recertification expire: compliant before the completion runs out, overdue after', async () => {
    const security = async (asOf: string) =>
      (
        await w.admin
          .get('/api/reporting/coverage/people')
          .query({ asOf, moduleId: w.modules.security.id, orgUnitId: w.units.bygglov })
          .expect(200)
      ).body.people.find((p: { name: string }) => p.name === 'Anna Andersson');
    expect(await security('2026-01-15')).toMatchObject({
      status: 'compliant',
      completedOn: '2025-02-01',
      validUntil: '2026-02-01',
    });
    expect(await security('2026-02-15')).toMatchObject({
      status: 'overdue',
      dueDate: '2026-02-01',
      overdueSince: '2026-02-02',
    });
  });

  it('names the people behind a number, with unit, due date and overdue since, a page at a time', async () => {
    const overdue = (
      await w.admin
        .get('/api/reporting/coverage/people')
        .query({ asOf: '2026-03-15', moduleId: w.modules.business.id, orgUnitId: w.units.sbf, status: 'overdue' })
        .expect(200)
    ).body;
    expect(overdue.total).toBe(2);
    expect(overdue.people).toEqual([
      expect.objectContaining({
        name: 'Bo Berg',
        status: 'overdue',
        dueDate: '2026-01-31',
        overdueSince: '2026-02-01',
        moduleTitle: 'Företagarperspektiv',
        units: [expect.objectContaining({ orgUnitName: 'Miljö', orgUnitCode: 'SBF-MILJO' })],
      }),
      expect.objectContaining({
        name: 'Frida Fors',
        units: [expect.objectContaining({ orgUnitName: 'Gamla enheten' })],
      }),
    ]);
    const all = async (offset: number) =>
      (
        await w.admin
          .get('/api/reporting/coverage/people')
          .query({ asOf: '2026-03-15', moduleId: w.modules.business.id, orgUnitId: w.units.sbf, limit: 2, offset })
          .expect(200)
      ).body;
    const pages = [await all(0), await all(2), await all(4)];
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
    // The leaver is outside the population after her last day.
    expect(
      pages.flatMap((p) => p.people.map((x: { name: string; status: string }) => `${x.name}: ${x.status}`)),
    ).toEqual([
      'Anna Andersson: compliant',
      'Bo Berg: overdue',
      'David Dahl: in-progress',
      'Erik Ek: exempt',
      'Frida Fors: overdue',
    ]);
  });

  it('agrees with itself: the drill-down behind every number of the tree adds up to it', async () => {
    const report = await tree(w.admin, { asOf: '2026-03-15' });
    for (const node of report.nodes) {
      for (const m of node.modules) {
        const people = (
          await w.admin
            .get('/api/reporting/coverage/people')
            .query({ asOf: '2026-03-15', moduleId: m.moduleId, orgUnitId: node.unitId, limit: 500 })
            .expect(200)
        ).body.people as { status: string }[];
        const of = (status: string) => people.filter((p) => p.status === status).length;
        expect([
          people.length,
          of('compliant'),
          of('in-progress'),
          of('not-started'),
          of('overdue'),
          of('exempt'),
        ]).toEqual([m.population, m.compliant, m.inProgress, m.notStarted, m.overdue, m.exempt]);
      }
    }
  });

  it('follows the trend month by month from the same engine', async () => {
    const trend = (
      await w.admin
        .get('/api/reporting/trend')
        .query({ orgUnitId: w.units.sbf, moduleId: w.modules.business.id, months: 60 })
        .expect(200)
    ).body as { points: { asOf: string; modules: Counts[] }[] };
    expect(trend.points).toHaveLength(60);
    const at = (asOf: string) => trend.points.find((p) => p.asOf === asOf)?.modules[0];
    // Before the rule took effect nobody was required; then the month ends, as the tree gives them.
    expect(at('2025-12-31')).toMatchObject(counts(0, {}, null));
    expect(at('2026-01-31')).toMatchObject(counts(5, { compliant: 1, notStarted: 3, exempt: 1 }, 25));
    expect(at('2026-02-28')).toMatchObject(counts(5, { compliant: 1, overdue: 3, exempt: 1 }, 25));
    const march = byName((await tree(w.admin, { asOf: '2026-03-31', moduleId: w.modules.business.id })).nodes);
    expect(at('2026-03-31')).toEqual(
      expect.objectContaining({
        ...business(march.get('Samhällsbyggnadsförvaltningen')),
        moduleId: w.modules.business.id,
      }),
    );
  });

  it('refuses bad input with a message a person can act on', async () => {
    const bad = async (url: string, query: Record<string, string>, message: RegExp) => {
      const response = await w.admin.get(url).query(query).expect(400);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
      expect(JSON.stringify(response.body)).toMatch(message);
    };
    await bad('/api/reporting/coverage', { asOf: '2026-02-30' }, /asOf must be a calendar date/);
    await bad('/api/reporting/coverage', { orgUnitId: 'bygglov' }, /orgUnitId must be the id/);
    await bad('/api/reporting/coverage/people', { status: 'late' }, /status must be one of/);
    await bad('/api/reporting/trend', { months: '0' }, /months/);
    await bad('/api/reporting/onboarding', { from: '2026-03-01', to: '2026-02-01' }, /runs backwards/);
    await bad('/api/reporting/onboarding', { from: '2026-03-01' }, /to must be a calendar date/);
  });
});
