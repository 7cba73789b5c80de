import { runAsTenant, TenantDb } from '@larnav/api/db';
import { calendarDateAt } from '@larnav/contracts';
import { checkpointMonth, FACT_TREE } from '@larnav/api/reporting';
import { reportingWorld } from './reporting-world';

type World = Awaited<ReturnType<typeof reportingWorld>>;
interface Node {
  unitId: string;
  name: string;
  modules: { moduleId: string; population: number; compliant: number; overdue: number }[];
}

/**
 * The kept coverage facts (libs/api/reporting/src/facts) behind the numbers coverage.int-spec.ts
 * checks: that reads are answered from them, and that a write straight into a table (no API,
 * as a script or a bulk import writes) marks its person by trigger and shows in the next read.
 */
describe('coverage facts', () => {
  let w: World;
  beforeAll(async () => {
    w = await reportingWorld();
  });
  afterAll(() => w.t.close());

  const business = async (asOf: string, unit: string) => {
    const body = (
      await w.admin.get('/api/reporting/coverage').query({ asOf, moduleId: w.modules.business.id }).expect(200)
    ).body as { nodes: Node[] };
    return body.nodes.find((n) => n.name === unit)?.modules[0];
  };
  const count = async (sql: string) => (await w.t.dataSource.query(sql, [w.tenantId]))[0].n as number;

  it('answers from the kept facts, made on first read for everyone employed', async () => {
    expect(await count(`SELECT count(*)::int AS n FROM coverage_stale_person WHERE tenant_id = $1`)).toBeGreaterThan(0);
    await business('2026-03-15', 'Bygglov');
    expect(await count(`SELECT count(*)::int AS n FROM coverage_stale_person WHERE tenant_id = $1`)).toBe(0);
    // Everyone of the world is required security, so each of the seven has standings.
    const standing = await w.t.dataSource.query(
      `SELECT count(DISTINCT person_id)::int AS n FROM coverage_standing WHERE person_id = ANY($1::uuid[])`,
      [Object.values(w.people)],
    );
    expect(standing).toEqual([{ n: 7 }]);
    expect(await count(`SELECT count(*)::int AS n FROM coverage_checkpoint WHERE tenant_id = $1`)).toBeGreaterThan(0);
    // Frida's two posts in SBF: one weight of +1 in each, never a second count in SBF.
    const weights = await w.t.dataSource.query(
      `SELECT org_unit_id, weight FROM coverage_placement WHERE person_id = $1 ORDER BY from_date`,
      [w.people.frida],
    );
    expect(weights).toEqual([
      { org_unit_id: w.units.old, weight: 1 },
      { org_unit_id: w.units.bygglov, weight: 1 },
    ]);
  });

  it('marks a person by trigger when a completion is written straight into the table, and shows it next read', async () => {
    const before = await business('2026-07-01', 'Bygglov');
    await w.t.dataSource.query(
      `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, method)
       VALUES ($1, $2, $3, gen_random_uuid(), '2026-06-15T09:00:00Z', 'e-learning')`,
      [w.tenantId, w.people.frida, w.modules.business.id],
    );
    expect(
      await w.t.dataSource.query(`SELECT person_id FROM coverage_stale_person WHERE tenant_id = $1`, [w.tenantId]),
    ).toEqual([{ person_id: w.people.frida }]);
    const after = await business('2026-07-01', 'Bygglov');
    expect(after).toMatchObject({ population: before!.population, compliant: before!.compliant + 1 });
    expect(after!.overdue).toBe(before!.overdue - 1);
  });

  it('marks nobody when an attempt only records progress', async () => {
    await business('2026-07-01', 'Bygglov');
    await w.t.dataSource.query(`UPDATE attempt SET state = '{"lesson": 1}'::jsonb WHERE person_id = $1`, [
      w.people.david,
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM coverage_stale_person WHERE tenant_id = $1`)).toBe(0);
  });

  it("keeps today's roll-up equal to the summed facts through a completion, a transfer, a new rule and a moved unit", async () => {
    const today = calendarDateAt(new Date());
    /** Today's tree as the API answers it (the roll-up) and as the checkpoints and deltas sum it. */
    const both = async () => {
      const api = (await w.admin.get('/api/reporting/coverage').expect(200)).body as { nodes: Node[] };
      const fromApi = api.nodes
        .flatMap((n) =>
          n.modules
            .filter((m) => m.population > 0)
            .map((m) => `${n.unitId} ${m.moduleId} ${m.population} ${m.compliant} ${m.overdue}`),
        )
        .sort();
      const summed: { unitId: string; moduleId: string; population: number; compliant: number; overdue: number }[] =
        await runAsTenant(w.tenantId, () =>
          w.t.app.get(TenantDb).transaction(async (em) => {
            const [state] = await em.query(
              `SELECT to_char(first_month, 'YYYY-MM-DD') AS "firstMonth", to_char(last_month, 'YYYY-MM-DD') AS "lastMonth" FROM coverage_fact_state`,
            );
            return em.query(FACT_TREE, [today, checkpointMonth(today, state), null, null]);
          }),
        );
      const fromFacts = summed
        .map((r) => `${r.unitId} ${r.moduleId} ${r.population} ${r.compliant} ${r.overdue}`)
        .sort();
      return { fromApi, fromFacts };
    };
    const first = await both();
    expect(first.fromApi.length).toBeGreaterThan(0);
    expect(first.fromApi).toEqual(first.fromFacts);
    expect(await count(`SELECT count(*)::int AS n FROM coverage_rollup WHERE tenant_id = $1`)).toBeGreaterThan(0);

    // A completion today for Bo, and Frida to Miljö: both reach the roll-up through the refresh.
    await w.t.dataSource.query(
      `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, method)
       VALUES ($1, $2, $3, gen_random_uuid(), now(), 'e-learning')`,
      [w.tenantId, w.people.bo, w.modules.security.id],
    );
    await w.admin
      .post(`/api/people/${w.people.frida}/transfer`)
      .send({ toOrgUnitId: w.units.miljo, date: today })
      .expect(200);
    await w.admin
      .post('/api/compliance/rules')
      .send({
        name: 'Företagarperspektiv för KSF',
        moduleId: w.modules.business.id,
        targetOrgUnitId: w.units.ksf,
        dueBasis: 'rule-start',
        dueDays: 30,
        validFrom: '2026-01-01',
      })
      .expect(201);
    const changed = await both();
    expect(changed.fromApi).toEqual(changed.fromFacts);
    expect(changed.fromApi).not.toEqual(first.fromApi);

    // Miljö moved under KSF: its people now count in KSF's subtree, not SBF's.
    await w.admin.post(`/api/org-units/${w.units.miljo}/move`).send({ parentId: w.units.ksf }).expect(200);
    const moved = await both();
    expect(moved.fromApi).toEqual(moved.fromFacts);
    expect(moved.fromApi).not.toEqual(changed.fromApi);
  });

  it("answers a page's parallel first reads alike, each waiting for the facts another is writing", async () => {
    const expected = await business('2026-03-15', 'Bygglov');
    expect(expected?.population).toBeGreaterThan(0);
    // As on a fresh installation: no facts yet, so the first reads build them while others ask.
    for (const table of [
      'coverage_stale_person',
      'coverage_standing',
      'coverage_placement',
      'coverage_delta',
      'coverage_checkpoint',
      'coverage_fact_state',
    ]) {
      await w.t.dataSource.query(`DELETE FROM ${table} WHERE tenant_id = $1`, [w.tenantId]);
    }
    const answers = await Promise.all(Array.from({ length: 6 }, () => business('2026-03-15', 'Bygglov')));
    expect(answers).toEqual(Array.from({ length: 6 }, () => expected));
  });
});
