/**
 * The assignment engine at regional scale: 100,000 people in 2,000 units, 50 rules (subtrees,
 * job roles, everyone; due bases mixed, some with recertification), about 40 % of requirements
 * completed. Times, beside the plainest SQL for a similar join in the same run:
 * - the bulk derivation of every requirement in force today, materialised into a table (the
 *   "recompute everything" the reporting will keep), and at a date three years back;
 * - one person's change (a transfer) until their requirements show it (derived on read).
 *
 *   npm run bench:assignments [--people 100000] [--units 2000] [--rules 50] [--runs 5]
 */
import 'reflect-metadata';
import { DataSource, EntityManager } from 'typeorm';
import { REQUIREMENTS_AT } from '../../libs/api/compliance/src/engine/requirement-spans.sql';
import { dataSourceOptions, keepCalendarDatesAsStrings, migrate, runAsTenant, TenantDb } from '@larnav/api/db';
import { ORG_ENTITIES } from '@larnav/api/org';
import { Tenant, TENANCY_ENTITIES, TenantService } from '@larnav/api/tenancy';
import { calendarDateAt } from '@larnav/contracts';
import { createBenchDatabase } from './bench-database';
import { formatTiming, option, stopwatch, time } from './measure';
import { scaleTree, writeScaleData } from './scale-org';

const PEOPLE = option('people', 100_000);
const UNITS = option('units', 2000);
const RULES = option('rules', 50);
const RUNS = option('runs', 5);

async function main(): Promise<void> {
  keepCalendarDatesAsStrings();
  const database = await stopwatch('create and migrate the database', async () => {
    const created = await createBenchDatabase(`larnav_bench_rules_${process.pid}`);
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
    await stopwatch(`write ${RULES} rules and completions`, () =>
      asTenant(async (em) => {
        // Rules on förvaltningar and avdelningar, some by job role, a few for everyone.
        const targets = tree.filter((u) => u.depth === 1 || u.depth === 2).map((u) => u.id);
        await em.query(
          `INSERT INTO assignment_rule (tenant_id, name, module_id, target_org_unit_id, target_job_role, due_basis, due_days, recertify_months, valid_from)
           SELECT $1, 'Regel ' || i, gen_random_uuid(),
                  CASE WHEN i % 10 = 0 THEN NULL ELSE ($2::uuid[])[1 + (i * 7) % cardinality($2::uuid[])] END,
                  CASE WHEN i % 4 = 0 THEN 'handläggare' END,
                  (ARRAY['employment-start', 'transfer', 'rule-start'])[1 + i % 3], 30 + i % 60,
                  CASE WHEN i % 3 = 0 THEN 24 END, DATE '2020-01-01' + (i * 40)
             FROM generate_series(1, $3::int) AS i`,
          [tenant.id, targets, RULES],
        );
        // Completions for about 40 % of each rule's people, some of them long ago.
        await em.query(
          `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, method)
           SELECT DISTINCT ON (e.person_id, r.module_id) $1::uuid, e.person_id, r.module_id, gen_random_uuid(),
                  timestamptz '2021-01-01' + ((abs(hashtext(e.person_id::text || r.id::text)) % 1800) || ' days')::interval, 'e-learning'
             FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
             JOIN assignment_rule r ON r.target_org_unit_id IS NULL OR u.path <@ (SELECT path FROM org_unit t WHERE t.id = r.target_org_unit_id)
            WHERE abs(hashtext(e.person_id::text || r.id::text)) % 10 < 4`,
          [tenant.id],
        );
      }),
    );
    await stopwatch('VACUUM ANALYZE', () => dataSource.query('VACUUM ANALYZE'));
    const today = calendarDateAt(new Date());
    const past = `${Number(today.slice(0, 4)) - 3}${today.slice(4)}`;
    const opts = { warmUp: 1, runs: RUNS };
    const count = (at: string) =>
      asTenant(async (em) => {
        await em.query(`CREATE TEMP TABLE IF NOT EXISTS requirement_now AS ${REQUIREMENTS_AT} WITH NO DATA`, [
          null,
          at,
          '[]',
        ]);
        await em.query(`TRUNCATE requirement_now`);
        await em.query(`INSERT INTO requirement_now ${REQUIREMENTS_AT}`, [null, at, '[]']);
        return (
          await em.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE compliant)::int AS ok FROM requirement_now`)
        )[0];
      });
    const sizes = await count(today);
    console.log(`\n${sizes.n} requirements in force today, ${sizes.ok} of them met\n`);
    const bulkToday = await time(() => count(today), opts);
    const bulkPast = await time(() => count(past), opts);
    // The plainest SQL for a similar answer: today's employments joined to the rules' subtrees, no spans.
    const plain = await time(
      () =>
        asTenant((em) =>
          em.query(
            `SELECT count(*) FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
               JOIN assignment_rule r ON (r.target_org_unit_id IS NULL OR u.path <@ (SELECT path FROM org_unit t WHERE t.id = r.target_org_unit_id))
                AND (r.target_job_role IS NULL OR e.job_role = r.target_job_role)
              WHERE e.start_date <= $1 AND (e.end_date IS NULL OR e.end_date >= $1)`,
            [today],
          ),
        ),
      opts,
    );
    // One person's transfer, then their requirements as My training reads them.
    const [{ id: personId }] = await asTenant((em) =>
      em.query(`SELECT person_id AS id FROM employment WHERE end_date IS NULL LIMIT 1`),
    );
    const target = tree[tree.length - 1].id;
    const change = await time(
      () =>
        asTenant(async (em) => {
          await em.query(`UPDATE employment SET org_unit_id = $2 WHERE person_id = $1 AND end_date IS NULL`, [
            personId,
            target,
          ]);
          return em.query(REQUIREMENTS_AT, [[personId], today, '[]']);
        }),
      { warmUp: 2, runs: 20 },
    );
    console.log(`bulk derivation, today (target under 30 s)   ${formatTiming(bulkToday)}`);
    console.log(`bulk derivation, ${past}                  ${formatTiming(bulkPast)}`);
    console.log(`plain SQL join, today (no spans, no status)  ${formatTiming(plain)}`);
    console.log(`one person's change until it shows (< 1 s)   ${formatTiming(change)}`);
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
