/**
 * The coverage engine at regional scale: 100,000 people in 2,000 units (scale-org.ts), 50 rules
 * (as bench:assignments), about 40 % of requirements completed, 5 % of them with an open attempt,
 * 1 % exempt. Times, each beside the plainest hand-written SQL for a similar answer in the same run:
 * - the whole municipality's tree, every unit × every module, today and three years back;
 * - one förvaltning's drill-down (its overdue people, first page);
 * - one förvaltning's 24-month trend;
 * - one completion until it shows in its unit's numbers (derived on read: the next read).
 *
 *   npm run bench:coverage [--people 100000] [--units 2000] [--rules 50] [--runs 3] [--keep]
 */
import 'reflect-metadata';
import { DataSource, EntityManager } from 'typeorm';
import {
  COVERAGE_PEOPLE,
  COVERAGE_TOTALS,
  COVERAGE_TREE,
  COVERAGE_TREND,
  PLACED_PEOPLE,
  PLACED_PEOPLE_BETWEEN,
} from '../../libs/api/reporting/src/coverage/coverage.sql';
import { monthEnds } from '../../libs/api/reporting/src/reports.service';
import { dataSourceOptions, keepCalendarDatesAsStrings, migrate, runAsTenant, TenantDb } from '@larnav/api/db';
import { ORG_ENTITIES } from '@larnav/api/org';
import { Tenant, TENANCY_ENTITIES, TenantService } from '@larnav/api/tenancy';
import { calendarDateAt } from '@larnav/contracts';
import { createBenchDatabase } from './bench-database';
import { flag, formatTiming, option, stopwatch, time, Timing } from './measure';
import { scaleTree, writeScaleData } from './scale-org';

const PEOPLE = option('people', 100_000);
const UNITS = option('units', 2000);
const RULES = option('rules', 50);
const RUNS = option('runs', 3);

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
    const tenant = await new TenantService(dataSource.getRepository(Tenant)).create({
      slug: 'region',
      name: 'Regionkommun',
      hostnames: ['region.localhost'],
    });
    const asTenant = <T>(work: (em: EntityManager) => Promise<T>) => runAsTenant(tenant.id, () => db.transaction(work));
    const tree = scaleTree(UNITS);
    await stopwatch(`write ${UNITS} units, ${PEOPLE} people`, () =>
      asTenant((em) => writeScaleData(em, tenant.id, tree, PEOPLE)),
    );
    await stopwatch(`write ${RULES} rules, completions, attempts, exemptions`, () =>
      asTenant((em) =>
        writeTraining(
          em,
          tenant.id,
          tree.filter((u) => u.depth === 1 || u.depth === 2).map((u) => u.id),
        ),
      ),
    );
    await stopwatch('VACUUM ANALYZE', () => dataSource.query('VACUUM ANALYZE'));

    const today = calendarDateAt(new Date());
    const past = `${Number(today.slice(0, 4)) - 3}${today.slice(4)}`;
    const forvaltning = tree.find((u) => u.depth === 1)!;
    const roots = [forvaltning.path];
    const opts = { warmUp: 1, runs: RUNS };
    const placed = (em: EntityManager, at: string, within: string[]) =>
      em.query(PLACED_PEOPLE, [at, within]).then((rows: { person_id: string }[]) => rows.map((r) => r.person_id));
    const rollUp = (at: string) => asTenant((em) => em.query(COVERAGE_TREE, [null, at, '[]', null, null]));
    const trend = (days: string[], within: string[]) =>
      asTenant(async (em) => {
        const rows: { person_id: string }[] = await em.query(PLACED_PEOPLE_BETWEEN, [days[0], days.at(-1), within]);
        return em.query(COVERAGE_TREND, [rows.map((r) => r.person_id), days, '[]', null, within]);
      });

    const sizes = (await rollUp(today)) as { population: number }[];
    const top = sizes.reduce((n, r) => Math.max(n, r.population), 0);
    console.log(`\n${sizes.length} unit × module cells today; the largest population ${top}\n`);
    const results: [string, Timing][] = [];
    const measure = async (label: string, work: () => Promise<unknown>, o = opts) => {
      const timing = await time(work, o);
      results.push([label, timing]);
      console.log(`${label.padEnd(58)} ${formatTiming(timing)}`);
    };
    await measure('whole-tree roll-up, all modules, today', () => rollUp(today));
    await measure('  plain SQL (no spans, due dates or exemptions), today', () =>
      asTenant((em) => em.query(PLAIN_ROLL_UP, [today, null])),
    );
    await measure(`whole-tree roll-up, all modules, ${past}`, () => rollUp(past));
    await measure(`  plain SQL, ${past}`, () => asTenant((em) => em.query(PLAIN_ROLL_UP, [past, null])));
    await measure("one förvaltning's drill-down (overdue, first 50)", () =>
      asTenant(async (em) =>
        em.query(COVERAGE_PEOPLE, [await placed(em, today, roots), today, '[]', null, roots, 'overdue', 50, 0]),
      ),
    );
    await measure("  plain SQL, the förvaltning's roll-up", () =>
      asTenant((em) => em.query(PLAIN_ROLL_UP, [today, roots])),
    );
    await measure("one förvaltning's 24-month trend", () => trend(monthEnds(today, 24), roots), {
      warmUp: 0,
      runs: Math.min(RUNS, 2),
    });
    await measure(
      '  plain SQL, 24 month ends',
      async () => {
        for (const at of monthEnds(today, 24)) await asTenant((em) => em.query(PLAIN_ROLL_UP, [at, roots]));
      },
      { warmUp: 0, runs: Math.min(RUNS, 2) },
    );
    // A completion, then its unit's numbers as the dashboard would read them next.
    const [someone] = await asTenant((em) =>
      em.query(
        `SELECT e.person_id, u.path::text AS path, r.module_id FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
           JOIN assignment_rule r ON r.target_org_unit_id IS NULL
          WHERE e.end_date IS NULL LIMIT 1`,
      ),
    );
    await measure(
      'one completion until it shows in its unit',
      () =>
        asTenant(async (em) => {
          await em.query(
            `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, method)
             VALUES ($1, $2, $3, gen_random_uuid(), now(), 'e-learning')`,
            [tenant.id, someone.person_id, someone.module_id],
          );
          return em.query(COVERAGE_TOTALS, [[someone.person_id], today, '[]', [someone.module_id], [someone.path]]);
        }),
      { warmUp: 2, runs: 20 },
    );
  } finally {
    await dataSource.destroy();
    // --keep leaves the database for EXPLAIN (its name is printed).
    if (flag('keep')) console.log(`kept ${database.url}`);
    else await database.drop();
  }
}

/** Rules as bench:assignments writes them; completions for ~40 %, open attempts for ~5 %, exemptions for ~1 %. */
async function writeTraining(em: EntityManager, tenantId: string, targets: string[]): Promise<void> {
  await em.query(
    `INSERT INTO assignment_rule (tenant_id, name, module_id, target_org_unit_id, target_job_role, due_basis, due_days, recertify_months, valid_from)
     SELECT $1, 'Regel ' || i, gen_random_uuid(),
            CASE WHEN i % 10 = 0 THEN NULL ELSE ($2::uuid[])[1 + (i * 7) % cardinality($2::uuid[])] END,
            CASE WHEN i % 4 = 0 THEN 'handläggare' END,
            (ARRAY['employment-start', 'transfer', 'rule-start'])[1 + i % 3], 30 + i % 60,
            CASE WHEN i % 3 = 0 THEN 24 END, DATE '2020-01-01' + (i * 40)
       FROM generate_series(1, $3::int) AS i`,
    [tenantId, targets, RULES],
  );
  const required = `
    FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
    JOIN assignment_rule r ON r.target_org_unit_id IS NULL OR u.path <@ (SELECT path FROM org_unit t WHERE t.id = r.target_org_unit_id)`;
  await em.query(
    `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, method)
     SELECT DISTINCT ON (e.person_id, r.module_id) $1::uuid, e.person_id, r.module_id, gen_random_uuid(),
            timestamptz '2021-01-01' + ((abs(hashtext(e.person_id::text || r.id::text)) % 1800) || ' days')::interval, 'e-learning'
     ${required} WHERE abs(hashtext(e.person_id::text || r.id::text)) % 10 < 4`,
    [tenantId],
  );
  await em.query(
    `INSERT INTO attempt (tenant_id, person_id, module_id, version_id, state, started_at, updated_at)
     SELECT DISTINCT ON (e.person_id, r.module_id) $1::uuid, e.person_id, r.module_id, gen_random_uuid(), '{}'::jsonb,
            timestamptz '2022-01-01' + ((abs(hashtext(r.id::text || e.person_id::text)) % 1400) || ' days')::interval, now()
     ${required} WHERE abs(hashtext(e.person_id::text || r.id::text)) % 20 = 5`,
    [tenantId],
  );
  await em.query(
    `INSERT INTO exemption (tenant_id, person_id, module_id, reason, valid_from, valid_to)
     SELECT DISTINCT ON (e.person_id, r.module_id) $1::uuid, e.person_id, r.module_id, 'Föräldraledig',
            DATE '2022-01-01' + (abs(hashtext(e.person_id::text)) % 1400), DATE '2022-01-01' + (abs(hashtext(e.person_id::text)) % 1400) + 270
     ${required} WHERE abs(hashtext(e.person_id::text || r.id::text)) % 100 = 7`,
    [tenantId],
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
