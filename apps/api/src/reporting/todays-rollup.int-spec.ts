import { CatalogQueries } from '@larnav/api/catalog';
import { AssignmentEngine } from '@larnav/api/compliance';
import { runAsTenant, TenantDb } from '@larnav/api/db';
import { calendarDateAt } from '@larnav/contracts';
import { checkpointMonth, CoverageEngine, CoverageFacts, FACT_TREE, TodaysRollup } from '@larnav/api/reporting';
import { Counts, countsOf as counts, reportingWorld } from './reporting-world';

type World = Awaited<ReturnType<typeof reportingWorld>>;

/**
 * Today's tree read from each server's copy of the roll-up (TodaysRollup), brought up to date by
 * the rows changed since: after every kind of change it answers what the facts summed by path
 * say (FACT_TREE, held to a count written apart by coverage-reference.int-spec.ts), on the
 * server that made the change and on a second server with a copy of its own.
 */
describe("today's roll-up kept in each server", () => {
  let w: World;
  let second: CoverageEngine;
  const today = calendarDateAt(new Date());
  beforeAll(async () => {
    w = await reportingWorld();
    const { app } = w.t;
    const db = app.get(TenantDb);
    second = new CoverageEngine(
      db,
      app.get(AssignmentEngine),
      app.get(CatalogQueries),
      app.get(CoverageFacts),
      new TodaysRollup(db),
    );
  });
  afterAll(() => w.t.close());

  /** Every cell with anyone in it, `unit module` → counts, summed from the checkpoints and deltas. */
  const summed = async () => {
    const rows: (Counts & { unitId: string; moduleId: string })[] = await runAsTenant(w.tenantId, () =>
      w.t.app.get(TenantDb).transaction(async (em) => {
        const [state] = await em.query(
          `SELECT to_char(first_month, 'YYYY-MM-DD') AS "firstMonth", to_char(last_month, 'YYYY-MM-DD') AS "lastMonth" FROM coverage_fact_state`,
        );
        return em.query(FACT_TREE, [today, checkpointMonth(today, state), null, null]);
      }),
    );
    return Object.fromEntries(rows.map((r) => [`${r.unitId} ${r.moduleId}`, counts(r)]));
  };
  /** Today's cells as the API answers them (this server's copy), with anyone in them. */
  const fromApi = async () => {
    const body = (await w.admin.get('/api/reporting/coverage').expect(200)).body as {
      nodes: { unitId: string; modules: (Counts & { moduleId: string })[] }[];
    };
    return Object.fromEntries(
      body.nodes.flatMap((n) =>
        n.modules.filter((m) => m.population > 0).map((m) => [`${n.unitId} ${m.moduleId}`, counts(m)]),
      ),
    );
  };
  /** Today's cells from the second server's engine and copy. */
  const fromSecond = async () => {
    const tree = await runAsTenant(w.tenantId, () => second.tree(today, null, null));
    return Object.fromEntries(
      [...tree.counts].flatMap(([unitId, perModule]) =>
        [...perModule].map(([moduleId, c]) => [`${unitId} ${moduleId}`, counts(c)]),
      ),
    );
  };
  const expectAllAgree = async () => {
    // The API's read first: it brings the facts up to date (and makes them on the first read).
    const api = await fromApi();
    const expected = await summed();
    expect(api).toEqual(expected);
    expect(await fromSecond()).toEqual(expected);
    return expected;
  };

  it('follows a hire, a completion, a transfer, a move and a leaver who empties a unit', async () => {
    const first = await expectAllAgree();
    expect(Object.keys(first).length).toBeGreaterThan(0);

    // A new unit under SBF with one hire of ten days ago: cells that were not there.
    const tenDaysAgo = new Date(`${today}T12:00:00Z`);
    tenDaysAgo.setUTCDate(tenDaysAgo.getUTCDate() - 10);
    const newUnit = (
      await w.admin
        .post('/api/org-units')
        .send({ parentId: w.units.sbf, name: 'Tillsyn', code: 'SBF-TILL' })
        .expect(201)
    ).body.id as string;
    const hired = (
      await w.admin
        .post('/api/people')
        .send({
          name: 'Hanna Holm',
          email: 'hanna@stenungsund.se',
          employment: { orgUnitId: newUnit, jobRole: 'handläggare', startDate: tenDaysAgo.toISOString().slice(0, 10) },
        })
        .expect(201)
    ).body.id as string;
    const afterHire = await expectAllAgree();
    expect(Object.keys(afterHire).some((cell) => cell.startsWith(newUnit))).toBe(true);

    await w.t.dataSource.query(
      `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, method)
       VALUES ($1, $2, $3, gen_random_uuid(), now(), 'e-learning')`,
      [w.tenantId, w.people.anna, w.modules.security.id],
    );
    expect(await expectAllAgree()).not.toEqual(afterHire);

    await w.admin
      .post(`/api/people/${w.people.erik}/transfer`)
      .send({ toOrgUnitId: w.units.miljo, date: today })
      .expect(200);
    await expectAllAgree();

    // Miljö under KSF: its rows stay, its old and new ancestors' rows shift.
    await w.admin.post(`/api/org-units/${w.units.miljo}/move`).send({ parentId: w.units.ksf }).expect(200);
    await expectAllAgree();

    // Hanna leaves before today: the new unit's cells empty, and go from both copies.
    const yesterday = new Date(`${today}T12:00:00Z`);
    yesterday.setUTCDate(yesterday.getUTCDate() - 1);
    await w.admin
      .post(`/api/people/${hired}/leave`)
      .send({ lastDay: yesterday.toISOString().slice(0, 10) })
      .expect(200);
    const afterLeaver = await expectAllAgree();
    expect(Object.keys(afterLeaver).some((cell) => cell.startsWith(newUnit))).toBe(false);
  });

  it('reads the roll-up whole when it was made again, not only the rows written since', async () => {
    await expectAllAgree();
    const [{ built }] = await w.t.dataSource.query(
      `SELECT rollup_built::text AS built FROM coverage_fact_state WHERE tenant_id = $1`,
      [w.tenantId],
    );
    // Made again (a new day's first read): the roll-up gets a new number.
    await w.t.dataSource.query(`UPDATE coverage_fact_state SET rollup_day = NULL WHERE tenant_id = $1`, [w.tenantId]);
    await expectAllAgree();
    const [{ built: remade }] = await w.t.dataSource.query(
      `SELECT rollup_built::text AS built FROM coverage_fact_state WHERE tenant_id = $1`,
      [w.tenantId],
    );
    expect(BigInt(remade)).toBeGreaterThan(BigInt(built));

    // A remake that leaves a cell out deletes its row, which no generation stamps: only the new
    // number tells the copies to read the roll-up whole, and then the cell is gone from both.
    const [gone] = await w.t.dataSource.query(
      `SELECT org_unit_id AS "unitId", module_id AS "moduleId" FROM coverage_rollup
        WHERE tenant_id = $1 AND org_unit_id = $2 AND compliant + in_progress + not_started + overdue + exempt > 0 LIMIT 1`,
      [w.tenantId, w.units.ksf],
    );
    await w.t.dataSource.transaction(async (em) => {
      await em.query(`DELETE FROM coverage_rollup WHERE tenant_id = $1 AND org_unit_id = $2 AND module_id = $3`, [
        w.tenantId,
        gone.unitId,
        gone.moduleId,
      ]);
      await em.query(
        `UPDATE coverage_fact_state SET rollup_built = nextval('coverage_rollup_generation') WHERE tenant_id = $1`,
        [w.tenantId],
      );
    });
    const cell = `${gone.unitId} ${gone.moduleId}`;
    expect(Object.keys(await fromApi())).not.toContain(cell);
    expect(Object.keys(await fromSecond())).not.toContain(cell);
    // The roll-up made again from the facts, for the test after.
    await w.t.dataSource.query(`UPDATE coverage_fact_state SET rollup_day = NULL WHERE tenant_id = $1`, [w.tenantId]);
    await expectAllAgree();
  });

  it('stamps every write of a transaction with one generation, later than any committed before', async () => {
    const stamps = async (): Promise<bigint[]> =>
      (
        await w.t.dataSource.query(
          `SELECT DISTINCT generation::text AS g FROM coverage_rollup WHERE tenant_id = $1 AND org_unit_id = ANY($2::uuid[])`,
          [w.tenantId, [w.units.root, w.units.sbf, w.units.bygglov]],
        )
      ).map((r: { g: string }) => BigInt(r.g));
    const [before] = await w.t.dataSource.query(`SELECT max(generation)::text AS g FROM coverage_rollup`);
    await w.t.dataSource.query(
      `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, method)
       VALUES ($1, $2, $3, gen_random_uuid(), now(), 'e-learning')`,
      [w.tenantId, w.people.frida, w.modules.business.id],
    );
    await expectAllAgree();
    // Frida's completion changed her unit's row and every ancestor's, in one refresh.
    const written = (await stamps()).filter((g) => g > BigInt(before.g));
    expect(written).toHaveLength(1);
  });
});
