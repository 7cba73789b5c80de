import { runAsTenant, TenantDb } from '@larnav/api/db';
import { calendarDateAt } from '@larnav/contracts';
import { checkpointMonth, FACT_TREE } from '@larnav/api/reporting';
import { Counts, countsOf as counts, reportingWorld } from './reporting-world';

type World = Awaited<ReturnType<typeof reportingWorld>>;
interface Node {
  unitId: string;
  modules: (Counts & { moduleId: string })[];
}

const NOBODY: Counts = { population: 0, compliant: 0, inProgress: 0, notStarted: 0, overdue: 0, exempt: 0 };
/**
 * The month checkpoints kept rolled up per ancestor (coverage_checkpoint_rollup), behind the
 * trend and a past day's tree: after each change they answer what the checkpoints and deltas
 * summed over the subtree by path say (FACT_TREE, the read they replace), which the reference
 * test (coverage-reference.int-spec.ts) holds to a count written apart.
 */
describe('coverage checkpoints rolled up per ancestor', () => {
  let w: World;
  beforeAll(async () => {
    w = await reportingWorld();
  });
  afterAll(() => w.t.close());

  /** unit id → module id → counts on `day`, summed from the checkpoints and deltas by path. */
  const summed = async (day: string) => {
    const rows: (Counts & { unitId: string; moduleId: string })[] = await runAsTenant(w.tenantId, () =>
      w.t.app.get(TenantDb).transaction(async (em) => {
        const [state] = await em.query(
          `SELECT to_char(first_month, 'YYYY-MM-DD') AS "firstMonth", to_char(last_month, 'YYYY-MM-DD') AS "lastMonth" FROM coverage_fact_state`,
        );
        return em.query(FACT_TREE, [day, checkpointMonth(day, state), null, null]);
      }),
    );
    return new Map(rows.map((r) => [`${r.unitId} ${r.moduleId}`, counts(r)]));
  };
  /** The past-day tree as the API answers it and as the summed facts give it. */
  const tree = async (asOf: string) => {
    const body = (await w.admin.get('/api/reporting/coverage').query({ asOf }).expect(200)).body as { nodes: Node[] };
    const expected = await summed(asOf);
    const cells = body.nodes.flatMap((n) => n.modules.map((m) => [`${n.unitId} ${m.moduleId}`, counts(m)] as const));
    return {
      api: cells,
      facts: cells.map(([cell]) => [cell, expected.get(cell) ?? NOBODY]),
    };
  };
  /** A unit's 24-month trend as the API answers it and as the summed facts give each of its days. */
  const trend = async (unitId: string) => {
    const body = (await w.admin.get('/api/reporting/trend').query({ orgUnitId: unitId, months: 24 }).expect(200))
      .body as { points: { asOf: string; modules: (Counts & { moduleId: string })[] }[] };
    const api = body.points.flatMap((p) => p.modules.map((m) => [p.asOf, m.moduleId, counts(m)]));
    const facts = [];
    for (const p of body.points) {
      const expected = await summed(p.asOf);
      for (const m of p.modules) facts.push([p.asOf, m.moduleId, expected.get(`${unitId} ${m.moduleId}`) ?? NOBODY]);
    }
    return { api, facts };
  };
  const state = async () =>
    (
      await w.t.dataSource.query(
        `SELECT to_char(checkpoint_rollup_from, 'YYYY-MM-DD') AS "from",
                (SELECT count(*)::int FROM coverage_checkpoint_rollup WHERE tenant_id = $1) AS rows
           FROM coverage_fact_state WHERE tenant_id = $1`,
        [w.tenantId],
      )
    )[0] as { from: string | null; rows: number };

  it('keeps the trend and a past day equal to the summed facts through a back-dated completion and a transfer', async () => {
    const firstTree = await tree('2026-07-15');
    expect(firstTree.api).toEqual(firstTree.facts);
    // The past read made them, for three years back to the kept months' end.
    expect(await state()).toMatchObject({ from: expect.any(String), rows: expect.any(Number) });
    expect((await state()).rows).toBeGreaterThan(0);
    const firstTrend = await trend(w.units.sbf);
    expect(firstTrend.api).toEqual(firstTrend.facts);

    // Bo completes security in March (back-dated, as an HR import writes it); Frida moves from
    // Bygglov to Miljö in June. Both change months already rolled up, in units and ancestors.
    await w.t.dataSource.query(
      `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, method)
       VALUES ($1, $2, $3, gen_random_uuid(), '2026-03-10T09:00:00Z', 'e-learning')`,
      [w.tenantId, w.people.bo, w.modules.security.id],
    );
    await w.admin
      .post(`/api/people/${w.people.frida}/transfer`)
      .send({ toOrgUnitId: w.units.miljo, date: '2026-06-01' })
      .expect(200);

    for (const asOf of ['2026-03-31', '2026-05-15', '2026-05-20', '2026-07-15', calendarDateAt(new Date())]) {
      const after = await tree(asOf);
      expect(after.api).toEqual(after.facts);
    }
    expect((await tree('2026-07-15')).api).not.toEqual(firstTree.api);
    for (const unit of [w.units.root, w.units.sbf, w.units.miljo, w.units.bygglov, w.units.ksf]) {
      const after = await trend(unit);
      expect(after.api).toEqual(after.facts);
    }
    expect((await trend(w.units.sbf)).api).not.toEqual(firstTrend.api);
  });

  /** Both roll-ups' rows with anyone in them (a refresh leaves rows it emptied; a build writes none). */
  const rolledRows = () =>
    w.t.dataSource.query(
      `SELECT 'month ' || to_char(month, 'YYYY-MM-DD') AS kept, org_unit_id, module_id, compliant, in_progress, not_started, overdue, exempt
         FROM coverage_checkpoint_rollup WHERE tenant_id = $1 AND (compliant, in_progress, not_started, overdue, exempt) <> (0, 0, 0, 0, 0)
       UNION ALL
       SELECT 'today', org_unit_id, module_id, compliant, in_progress, not_started, overdue, exempt
         FROM coverage_rollup WHERE tenant_id = $1 AND (compliant, in_progress, not_started, overdue, exempt) <> (0, 0, 0, 0, 0)
        ORDER BY 1, 2, 3`,
      [w.tenantId],
    );
  /** The roll-ups as kept through a move, then as made again from the checkpoints by the next reads. */
  const keptAndRemade = async () => {
    await tree(calendarDateAt(new Date()));
    await tree('2026-07-15');
    const kept = await rolledRows();
    await w.t.dataSource.query(
      `UPDATE coverage_fact_state SET rollup_day = NULL, checkpoint_rollup_from = NULL WHERE tenant_id = $1`,
      [w.tenantId],
    );
    await tree(calendarDateAt(new Date()));
    await tree('2026-07-15');
    return { kept, remade: await rolledRows() };
  };

  it('gives the right trend under the old and the new ancestors of a moved unit', async () => {
    const before = { sbf: await trend(w.units.sbf), ksf: await trend(w.units.ksf) };
    expect(before.sbf.api).toEqual(before.sbf.facts);
    expect(before.ksf.api).toEqual(before.ksf.facts);
    const rolledFrom = (await state()).from;
    expect(rolledFrom).not.toBeNull();

    // Miljö moves under KSF: its people's past now counts in KSF's subtree, not SBF's. The roll-ups
    // follow the move (its totals shifted between the ancestors) instead of being made again.
    await w.admin.post(`/api/org-units/${w.units.miljo}/move`).send({ parentId: w.units.ksf }).expect(200);
    expect((await state()).from).toBe(rolledFrom);
    const after = { sbf: await trend(w.units.sbf), ksf: await trend(w.units.ksf) };
    expect(after.sbf.api).toEqual(after.sbf.facts);
    expect(after.ksf.api).toEqual(after.ksf.facts);
    expect(after.sbf.api).not.toEqual(before.sbf.api);
    expect(after.ksf.api).not.toEqual(before.ksf.api);
    for (const asOf of ['2026-07-15', calendarDateAt(new Date())]) {
      const moved = await tree(asOf);
      expect(moved.api).toEqual(moved.facts);
    }
    const { kept, remade } = await keptAndRemade();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(remade);
  });

  it("makes a new day's roll-up over the day before's rows, keeping none of their counts", async () => {
    const today = calendarDateAt(new Date());
    await tree(today);
    // The day before's rows, as a new day finds them: one cell gone since, one with other counts.
    await w.t.dataSource.query(
      `INSERT INTO coverage_rollup (tenant_id, org_unit_id, module_id, compliant, in_progress, not_started, overdue, exempt)
       VALUES ($1, $2, gen_random_uuid(), 5, 0, 0, 0, 0)`,
      [w.tenantId, w.units.root],
    );
    await w.t.dataSource.query(
      `UPDATE coverage_rollup SET compliant = compliant + 7 WHERE tenant_id = $1 AND org_unit_id = $2`,
      [w.tenantId, w.units.sbf],
    );
    await w.t.dataSource.query(`UPDATE coverage_fact_state SET rollup_day = '2026-01-01' WHERE tenant_id = $1`, [
      w.tenantId,
    ]);
    const overWritten = await tree(today);
    expect(overWritten.api).toEqual(overWritten.facts);
    const made = await rolledRows();
    await w.t.dataSource.query(`DELETE FROM coverage_rollup WHERE tenant_id = $1`, [w.tenantId]);
    await w.t.dataSource.query(`UPDATE coverage_fact_state SET rollup_day = NULL WHERE tenant_id = $1`, [w.tenantId]);
    await tree(today);
    expect(made).toEqual(await rolledRows());
  });

  it('shifts a moved subtree once, however many of its units the move gave a new path', async () => {
    // SBF, with Bygglov under it, moves under KSF: three paths change, and only SBF's totals move.
    await w.admin.post(`/api/org-units/${w.units.sbf}/move`).send({ parentId: w.units.ksf }).expect(200);
    for (const unit of [w.units.root, w.units.ksf, w.units.sbf, w.units.bygglov]) {
      const after = await trend(unit);
      expect(after.api).toEqual(after.facts);
    }
    for (const asOf of ['2026-03-31', '2026-06-25', '2026-07-15', calendarDateAt(new Date())]) {
      const moved = await tree(asOf);
      expect(moved.api).toEqual(moved.facts);
    }
    const { kept, remade } = await keptAndRemade();
    expect(kept).toEqual(remade);
  });
});
