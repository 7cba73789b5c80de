/**
 * The coverage engine at regional scale, on the scale generator's region (scale-region.ts: by
 * seed, 100,000 people, 2,000 units, 50 modules, 60 rules, five years of 15 % turnover, about
 * three million completions). First the kept facts are built in bulk (timed); then p50/p95 over
 * repeated runs through the engine itself (CoverageEngine, as ReportsService calls it), each
 * beside the plainest hand-written SQL for the same numbers in the same run:
 * - the whole municipality's tree, every unit × every module, today (kept rolled up) and three
 *   years back (from the rolled checkpoints); the day's first read, which rolls today up; a
 *   unit moved, and the first past read after it;
 * - one förvaltning's drill-down (its overdue people, first page);
 * - one förvaltning's 24-month trend;
 * - one completion, and one transfer, until they show in their unit's numbers (the write, then
 *   the read that brings the facts up to date and answers).
 *
 *   npm run bench:coverage [--people 100000] [--units 2000] [--seed 2026] [--runs 10] [--keep]
 */
import 'reflect-metadata';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogQueries } from '@larnav/api/catalog';
import { AssignmentEngine } from '@larnav/api/compliance';
import { dataSourceOptions, keepCalendarDatesAsStrings, migrate, runAsTenant, TenantDb } from '@larnav/api/db';
import { ORG_ENTITIES } from '@larnav/api/org';
import { CoverageEngine } from '../../libs/api/reporting/src/coverage/coverage.engine';
import { TodaysRollup } from '../../libs/api/reporting/src/coverage/todays-rollup';
import { CoverageFacts } from '../../libs/api/reporting/src/facts/coverage-facts';
import { monthEnds } from '../../libs/api/reporting/src/reports.service';
import { Tenant, TENANCY_ENTITIES, TenantService } from '@larnav/api/tenancy';
import { calendarDateAt } from '@larnav/contracts';
import { createBenchDatabase } from './bench-database';
import { flag, formatTiming, option, stopwatch, summarise, time, Timing } from './measure';
import { writeRegion } from './scale-region';

const PEOPLE = option('people', 100_000);
const UNITS = option('units', 2000);
const SEED = option('seed', 2026);
const RUNS = option('runs', 10);
/** The plainest SQL for a roll-up: today's posts × the rules' subtrees × any completion, per ancestor, no spans or due dates. */
const PLAIN_ROLL_UP = `
  WITH placed AS (
    SELECT e.person_id, e.job_role, u.path FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
     WHERE e.start_date <= $1::date AND (e.end_date IS NULL OR e.end_date >= $1::date)
       AND ($2::ltree[] IS NULL OR u.path <@ $2::ltree[])
  ), required AS (
    SELECT DISTINCT p.person_id, p.path, r.module_id
      FROM assignment_rule r LEFT JOIN org_unit t ON t.id = r.target_org_unit_id
      JOIN placed p ON (t.id IS NULL OR p.path <@ t.path)
       AND (r.target_job_role IS NULL OR lower(p.job_role) = lower(r.target_job_role))
     WHERE r.valid_from <= $1::date AND (r.valid_to IS NULL OR r.valid_to >= $1::date)
  ), judged AS (
    SELECT q.*, EXISTS (SELECT 1 FROM completion c WHERE c.person_id = q.person_id AND c.module_id = q.module_id
                         AND c.completed_at < $1::date + 1) AS done
      FROM required q
  )
  SELECT label AS unit, module_id, count(DISTINCT person_id) AS population,
         count(DISTINCT person_id) FILTER (WHERE done) AS compliant
    FROM judged, unnest(string_to_array(path::text, '.')) AS label
   GROUP BY 1, 2`;

async function main(): Promise<void> {
  keepCalendarDatesAsStrings();
  const database = await stopwatch('create and migrate the database', async () => {
    const created = await createBenchDatabase(`larnav_bench_coverage_${process.pid}`);
    await migrate(created.url);
    return created;
  });
  const dataSource = new DataSource(dataSourceOptions(database.url, [...TENANCY_ENTITIES, ...ORG_ENTITIES]));
  try {
    await dataSource.initialize();
    console.log(`server: ${database.server}`);
    const db = new TenantDb(dataSource);
    const catalog = new CatalogQueries(db);
    const assignments = new AssignmentEngine(db, catalog);
    const facts = new CoverageFacts(db, assignments);
    const todaysRollup = new TodaysRollup(db);
    const engine = new CoverageEngine(db, assignments, catalog, facts, todaysRollup);
    const tenant = await new TenantService(dataSource.getRepository(Tenant)).create({
      slug: 'region',
      name: 'Regionkommun',
      hostnames: ['region.localhost'],
    });
    const asTenant = <T>(work: () => Promise<T>) => runAsTenant(tenant.id, work);
    const inTenant = <T>(work: (em: EntityManager) => Promise<T>) => asTenant(() => db.transaction(work));
    const today = calendarDateAt(new Date());
    const step = async (label: string, work: (em: EntityManager) => Promise<unknown>) => {
      await stopwatch(`write ${label}`, () => inTenant(work));
      await dataSource.query('ANALYZE');
    };
    const region = await writeRegion(step, tenant.id, { seed: SEED, people: PEOPLE, units: UNITS, today });
    await stopwatch('VACUUM ANALYZE', () => dataSource.query('VACUUM ANALYZE'));
    const [sizes] = await dataSource.query(
      `SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM employment)::int AS employments,
              (SELECT count(*) FROM assignment_rule)::int AS rules, (SELECT count(*) FROM completion)::int AS completions,
              (SELECT count(*) FROM attempt)::int AS attempts, (SELECT count(*) FROM exemption)::int AS exemptions,
              (SELECT count(*) FROM employment WHERE start_date <= $1::date AND (end_date IS NULL OR end_date >= $1::date))::int AS employed_today`,
      [today],
    );
    console.log(`region: ${JSON.stringify(sizes)}`);
    const versions = await asTenant(() => assignments.ruleVersions());
    const built = await stopwatch('build the kept facts in bulk', () => asTenant(() => facts.rebuild(versions)));
    await stopwatch('VACUUM ANALYZE', () => dataSource.query('VACUUM ANALYZE'));
    const [kept] = await dataSource.query(
      `SELECT (SELECT count(*) FROM coverage_standing)::int AS standings, (SELECT count(*) FROM coverage_placement)::int AS placements,
              (SELECT count(*) FROM coverage_delta)::int AS deltas, (SELECT count(*) FROM coverage_checkpoint)::int AS checkpoints,
              pg_size_pretty(pg_total_relation_size('coverage_standing') + pg_total_relation_size('coverage_placement')
                + pg_total_relation_size('coverage_delta') + pg_total_relation_size('coverage_checkpoint')) AS size,
              (SELECT count(*) FROM coverage_checkpoint_rollup)::int AS "rolledCheckpoints",
              pg_size_pretty(pg_total_relation_size('coverage_checkpoint_rollup')) AS "rolledSize",
              (SELECT to_char(checkpoint_rollup_from, 'YYYY-MM-DD') FROM coverage_fact_state) AS "rolledFrom"`,
    );
    console.log(`facts: ${JSON.stringify({ ...kept, people: built.people })}`);

    const past = `${Number(today.slice(0, 4)) - 3}${today.slice(4)}`;
    const forvaltning = region.tree.find((u) => u.depth === 1)!;
    const roots = [forvaltning.path];
    const opts = { warmUp: 1, runs: RUNS };
    const plainOpts = { warmUp: 0, runs: Math.min(RUNS, 2) };
    const rollUp = (at: string) => asTenant(() => engine.tree(at, null, null));
    const cells = await rollUp(today);
    const top = [...cells.counts.values()]
      .flatMap((m) => [...m.values()])
      .reduce((n, c) => Math.max(n, c.population), 0);
    console.log(
      `\n${cells.units.length} units, ${cells.modules.length} modules today; the largest population ${top}\n`,
    );
    const results: [string, Timing][] = [];
    const measure = async (label: string, work: () => Promise<unknown>, o = opts) => {
      const timing = await time(work, o);
      results.push([label, timing]);
      console.log(`${label.padEnd(58)} ${formatTiming(timing)}`);
    };
    // Each server keeps a copy of today's roll-up (TodaysRollup) and reads only the rows changed
    // since: timed as it is (nothing changed since), after one completion each (a few rows read
    // into the copy), and read whole (the copy dropped first, as on a new day or a server's first read).
    await measure('whole-tree roll-up, all modules, today', () => rollUp(today));
    await measure('  read whole (no kept copy)', () => (todaysRollup.forget(), rollUp(today)));
    results.push(...(await measureAfterCompletions(inTenant, rollUp, today, tenant.id)));
    await measure(
      '  plain SQL (no spans, due dates or exemptions), today',
      () => inTenant((em) => em.query(PLAIN_ROLL_UP, [today, null])),
      plainOpts,
    );
    // The first read of a new day (or after a unit moved) makes today's roll-up again from the
    // checkpoints: once a day per municipality, timed with that read.
    await measure("  the day's first read, making today's roll-up again", async () => {
      await inTenant((em) => em.query(`UPDATE coverage_fact_state SET rollup_day = NULL`));
      await rollUp(today);
    });
    await measure(`whole-tree roll-up, all modules, ${past}`, () => rollUp(past));
    // A day late in its month reads the next month's rolled checkpoint, less the days after it.
    const lateInMonth = `${past.slice(0, 8)}24`;
    await measure(`whole-tree roll-up, all modules, ${lateInMonth}`, () => rollUp(lateInMonth));
    // A unit moved shifts the roll-ups in its own transaction (migration CoverageRollupFollowsMove);
    // the next past read brings its people's facts up to date (their weights follow the tree).
    results.push(...(await measureUnitMove(inTenant, rollUp, past, region.tree)));
    await measure(`  plain SQL, ${past}`, () => inTenant((em) => em.query(PLAIN_ROLL_UP, [past, null])), plainOpts);
    await measure("one förvaltning's drill-down (overdue, first 50)", () =>
      asTenant(() => engine.people(today, roots, null, 'overdue', { limit: 50, offset: 0 })),
    );
    await measure(
      "  plain SQL, the förvaltning's roll-up",
      () => inTenant((em) => em.query(PLAIN_ROLL_UP, [today, roots])),
      plainOpts,
    );
    await measure("one förvaltning's 24-month trend", () =>
      asTenant(() => engine.trend(monthEnds(today, 24), roots, null)),
    );
    await measure(
      '  plain SQL, 24 month ends',
      async () => {
        for (const at of monthEnds(today, 24)) await inTenant((em) => em.query(PLAIN_ROLL_UP, [at, roots]));
      },
      { warmUp: 0, runs: 1 },
    );
    results.push(...(await measureKeepingCurrent(inTenant, asTenant, engine, today, tenant.id, region.tree)));
  } finally {
    await dataSource.destroy();
    // --keep leaves the database for EXPLAIN (its name is printed).
    if (flag('keep')) console.log(`kept ${database.url}`);
    else await database.drop();
  }
}

/**
 * Today's whole tree read right after one completion (its own transaction, as the API commits
 * it): the refresh of that person, then the copy brought up to date by the rows it changed. Each
 * run checks that the municipality's compliant count went up by one.
 */
async function measureAfterCompletions(
  inTenant: <T>(work: (em: EntityManager) => Promise<T>) => Promise<T>,
  rollUp: (at: string) => Promise<Awaited<ReturnType<CoverageEngine['tree']>>>,
  today: string,
  tenantId: string,
): Promise<[string, Timing][]> {
  const lacking: { person_id: string; module_id: string }[] = await inTenant((em) =>
    em.query(
      `SELECT DISTINCT ON (s.person_id) s.person_id, s.module_id FROM coverage_standing s
         JOIN employment e ON e.person_id = s.person_id AND e.end_date IS NULL AND e.start_date < $1::date
        WHERE s.from_date <= $1::date AND $1::date <= s.to_date AND s.status IN ('overdue', 'not-started')
          AND (SELECT count(*) FROM employment x WHERE x.person_id = s.person_id) = 1
        ORDER BY s.person_id DESC, s.module_id LIMIT $2`,
      [today, Math.min(RUNS, 10)],
    ),
  );
  const top = (tree: Awaited<ReturnType<typeof rollUp>>, moduleId: string) => {
    const root = tree.units.find((u) => u.parentId === null)!;
    return tree.counts.get(root.unitId)?.get(moduleId)?.compliant ?? 0;
  };
  const samples: number[] = [];
  for (const c of lacking) {
    const before = top(await rollUp(today), c.module_id);
    await inTenant((em) =>
      em.query(
        `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, method)
         VALUES ($1, $2, $3, gen_random_uuid(), now(), 'e-learning')`,
        [tenantId, c.person_id, c.module_id],
      ),
    );
    const started = performance.now();
    const after = top(await rollUp(today), c.module_id);
    samples.push(performance.now() - started);
    if (after !== before + 1) throw new Error(`the completion did not show in today's tree: ${before} → ${after}`);
  }
  const label = '  right after one completion (its rows read into the copy)';
  const timing = summarise(samples);
  console.log(`${label.padEnd(58)} ${formatTiming(timing)}`);
  return [[label, timing]];
}

/**
 * A unit (an enhet under an avdelning) moved under another avdelning, as OrgUnitService.move
 * writes it: the move's transaction, then the first past read after it, which refreshes the
 * unit's people first. Each run checks that the unit's people on the past day now count in its
 * new parent's numbers.
 */
async function measureUnitMove(
  inTenant: <T>(work: (em: EntityManager) => Promise<T>) => Promise<T>,
  rollUp: (at: string) => Promise<Awaited<ReturnType<CoverageEngine['tree']>>>,
  past: string,
  units: { id: string; path: string; depth: number }[],
): Promise<[string, Timing][]> {
  const parents = units.filter((u) => u.depth === 2);
  const moving = units.filter((u) => u.depth === 3).slice(0, Math.min(RUNS, 5));
  const population = (tree: Awaited<ReturnType<typeof rollUp>>, unitId: string) =>
    [...(tree.counts.get(unitId)?.values() ?? [])].reduce((n, c) => n + c.population, 0);
  const [moves, reads]: number[][] = [[], []];
  for (const [i, unit] of moving.entries()) {
    const [{ path }] = await inTenant((em) => em.query(`SELECT path::text FROM org_unit WHERE id = $1`, [unit.id]));
    const from = path.split('.').at(-2);
    const to = parents[(i * 7 + 3) % parents.length];
    if (to.id.replaceAll('-', '') === from) continue;
    const before = await rollUp(past);
    const [unitCount, toCount] = [population(before, unit.id), population(before, to.id)];
    let started = performance.now();
    await inTenant(async (em) => {
      const [target] = await em.query(`SELECT path::text FROM org_unit WHERE id = $1`, [to.id]);
      await em.query(
        `UPDATE org_unit SET path = $1::ltree || subpath(path, nlevel($2::ltree) - 1) WHERE path <@ $2::ltree`,
        [target.path, path],
      );
      await em.query(`UPDATE org_unit SET parent_id = $2 WHERE id = $1`, [unit.id, to.id]);
    });
    moves.push(performance.now() - started);
    started = performance.now();
    const after = await rollUp(past);
    reads.push(performance.now() - started);
    // The unit's own numbers change too (the new avdelning's rules apply to its people), so the
    // new parent gains the unit as it is now; at most that, as someone with a post on both sides
    // counts once.
    const [shown, moved] = [population(after, to.id), population(after, unit.id)];
    if (unitCount > 0 && (shown <= toCount || shown > toCount + moved)) {
      throw new Error(`the move did not show under the new parent: ${toCount} + ${moved} → ${shown}`);
    }
  }
  const results: [string, Timing][] = [
    ['  a unit moved: the move, shifting the roll-ups', summarise(moves)],
    ['  the first past read after it (its people refreshed)', summarise(reads)],
  ];
  for (const [label, timing] of results) console.log(`${label.padEnd(58)} ${formatTiming(timing)}`);
  return results;
}

/**
 * A change until it shows: the write in its own transaction (as the API commits it), then the
 * engine's read of the unit's numbers, which brings the person's facts up to date first; timed
 * from the write to the answer. Each run checks that the number moved, so a fast wrong answer
 * cannot pass. A completion of something the person lacks; a transfer to another unit, for a
 * module everyone must have.
 */
async function measureKeepingCurrent(
  inTenant: <T>(work: (em: EntityManager) => Promise<T>) => Promise<T>,
  asTenant: <T>(work: () => Promise<T>) => Promise<T>,
  engine: CoverageEngine,
  today: string,
  tenantId: string,
  units: { id: string; path: string; depth: number }[],
): Promise<[string, Timing][]> {
  const candidates: {
    person_id: string;
    employment_id: string;
    org_unit_id: string;
    path: string;
    module_id: string;
  }[] = await inTenant((em) =>
    em.query(
      `SELECT DISTINCT ON (s.person_id) s.person_id, e.id AS employment_id, e.org_unit_id, u.path::text AS path, s.module_id
           FROM coverage_standing s
           JOIN assignment_rule r ON r.module_id = s.module_id AND r.target_org_unit_id IS NULL AND r.target_job_role IS NULL
           JOIN employment e ON e.person_id = s.person_id AND e.end_date IS NULL AND e.start_date < $1::date
           JOIN org_unit u ON u.id = e.org_unit_id
          WHERE s.from_date <= $1::date AND $1::date <= s.to_date AND s.status IN ('overdue', 'not-started')
            AND (SELECT count(*) FROM employment x WHERE x.person_id = s.person_id) = 1
          ORDER BY s.person_id, s.module_id LIMIT 20`,
      [today],
    ),
  );
  const counts = async (unit: { id: string; path: string }, moduleId: string) =>
    (await asTenant(() => engine.tree(today, [unit.path], moduleId))).counts.get(unit.id)?.get(moduleId);
  const timed = async (
    label: string,
    change: (c: (typeof candidates)[number]) => Promise<() => Promise<boolean>>,
  ): Promise<[string, Timing]> => {
    const samples: number[] = [];
    for (const c of candidates.slice(0, 10)) {
      const shows = await change(c);
      const started = performance.now();
      await shows.call(null);
      samples.push(performance.now() - started);
    }
    const timing = summarise(samples);
    console.log(`${label.padEnd(58)} ${formatTiming(timing)}`);
    return [label, timing];
  };
  const completion = await timed('one completion until it shows in its unit', async (c) => {
    const unit = { id: c.org_unit_id, path: c.path };
    const before = (await counts(unit, c.module_id))?.compliant ?? 0;
    return async () => {
      await inTenant((em) =>
        em.query(
          `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, method)
           VALUES ($1, $2, $3, gen_random_uuid(), now(), 'e-learning')`,
          [tenantId, c.person_id, c.module_id],
        ),
      );
      const after = (await counts(unit, c.module_id))?.compliant ?? 0;
      if (after !== before + 1) throw new Error(`the completion did not show: ${before} → ${after}`);
      return true;
    };
  });
  const leaves = units.filter((u) => u.depth >= 4);
  const transfer = await timed('one transfer until it shows in the new unit', async (c) => {
    const to = leaves.find((u) => u.id !== c.org_unit_id && !c.path.startsWith(u.path))!;
    leaves.push(leaves.shift()!);
    const before = (await counts(to, c.module_id))?.population ?? 0;
    return async () => {
      await inTenant(async (em) => {
        await em.query(`UPDATE employment SET end_date = $2::date - 1 WHERE id = $1`, [c.employment_id, today]);
        await em.query(
          `INSERT INTO employment (tenant_id, person_id, org_unit_id, job_role, start_date)
           SELECT tenant_id, person_id, $2, job_role, $3::date FROM employment WHERE id = $1`,
          [c.employment_id, to.id, today],
        );
      });
      const after = (await counts(to, c.module_id))?.population ?? 0;
      if (after !== before + 1) throw new Error(`the transfer did not show: ${before} → ${after}`);
      return true;
    };
  });
  return [completion, transfer];
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
