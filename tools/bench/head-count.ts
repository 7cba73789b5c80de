/**
 * How fast are head counts at municipal scale? Builds its own database with one tenant of
 * 2,000 org units (depth 4–6) and 100,000 people, then times the queries the API runs:
 * a subtree head count (target: under 50 ms) and the whole tree's head counts.
 *
 *   tools/ts-run.sh tools/bench/head-count.ts [--units 2000] [--people 100000] [--runs 30]
 *     [--explain] [--keep] [--try-sql 'CREATE INDEX …']
 *
 * --explain prints the head-count queries' plans; --keep leaves the database (and an embedded server)
 * for a look with psql; --try-sql runs SQL after loading, to measure an index before migrating it.
 *
 * DATABASE_URL set: uses that server. Unset: an embedded PostgreSQL in .data/bench-pg.
 */
import 'reflect-metadata';
import { DataSource, EntityManager } from 'typeorm';
import { OrgScope } from '@larnav/api/common';
import { dataSourceOptions, keepCalendarDatesAsStrings, migrate, runAsTenant, TenantDb } from '@larnav/api/db';
import { HeadCountQueries, ORG_ENTITIES, OrgUnitService } from '@larnav/api/org';
import { Tenant, TENANCY_ENTITIES, TenantService } from '@larnav/api/tenancy';
import { calendarDateAt } from '@larnav/contracts';
import { createBenchDatabase } from './bench-database';
import { flag, formatTiming, option, stopwatch, time } from './measure';
import { scaleTree, writeScaleData } from './scale-org';

const UNITS = option('units', 2000);
const PEOPLE = option('people', 100_000);
const RUNS = option('runs', 30);
const WARM_UP = option('warm-up', 5);
/** As an administrator sees it; an HR officer's subtree scope adds one small query. */
const WHOLE_MUNICIPALITY: OrgScope = { kind: 'tenant' };

async function main(): Promise<void> {
  keepCalendarDatesAsStrings();
  const database = await stopwatch('create and migrate the database', async () => {
    const created = await createBenchDatabase(`larnav_bench_${process.pid}`);
    await migrate(created.url);
    return created;
  });
  const dataSource = new DataSource(dataSourceOptions(database.url, [...TENANCY_ENTITIES, ...ORG_ENTITIES]));
  try {
    await dataSource.initialize();
    console.log(`server: ${database.server}`);
    const db = new TenantDb(dataSource);
    const headCounts = new HeadCountQueries();
    const units = new OrgUnitService(db, headCounts);
    const tenant = await new TenantService(dataSource.getRepository(Tenant)).create({
      slug: 'skala',
      name: 'Skala kommun',
      hostnames: ['skala.localhost'],
    });
    const asTenant = <T>(work: () => Promise<T>) => runAsTenant(tenant.id, work);

    const tree = scaleTree(UNITS);
    await stopwatch(`write ${UNITS} units, ${PEOPLE} people`, () =>
      asTenant(() => db.transaction((em) => writeScaleData(em, tenant.id, tree, PEOPLE))),
    );
    const trySql = option('try-sql', '');
    if (trySql) await stopwatch(`try: ${trySql.slice(0, 38)}`, () => dataSource.query(trySql));
    // VACUUM as well: it sets the visibility map, as autovacuum soon does after such a load, so
    // that index-only scans are possible as in a database that has been running a while.
    await stopwatch('VACUUM ANALYZE', () => dataSource.query('VACUUM ANALYZE org_unit, person, employment'));
    const [sizes] = await asTenant(() =>
      db.transaction((em) =>
        em.query(`SELECT (SELECT count(*)::int FROM employment) AS employments,
                         (SELECT max(nlevel(path)) - 1 FROM org_unit) AS depth`),
      ),
    );
    console.log(`${sizes.employments} employments, tree depth ${sizes.depth}\n`);

    const root = tree[0];
    // The förvaltning with the most units below it: the heaviest department-level count.
    const forvaltning = tree
      .filter((u) => u.depth === 1)
      .map((u) => ({ unit: u, size: tree.filter((d) => d.path.startsWith(`${u.path}.`)).length + 1 }))
      .sort((a, b) => b.size - a.size)[0];
    const today = calendarDateAt(new Date());
    const past = `${Number(today.slice(0, 4)) - 3}${today.slice(4)}`;
    const timing = { warmUp: WARM_UP, runs: RUNS };

    const subtrees = [
      { label: 'root', unit: root },
      { label: `förvaltning (${forvaltning.size} units)`, unit: forvaltning.unit },
    ];
    for (const { label, unit } of subtrees) {
      for (const at of [today, past]) {
        const [count] = await asTenant(() =>
          db.transaction((em) => Promise.all([headCounts.subtree(em, unit.path, at)])),
        );
        // As GET /org-units/:id does: a tenant transaction, the unit, its subtree count.
        const request = await time(() => asTenant(() => units.withHeadCount(unit.id, at, WHOLE_MUNICIPALITY)), timing);
        // The head-count query alone, in an open tenant transaction.
        const query = await asTenant(() =>
          db.transaction((em) => time(() => headCounts.subtree(em, unit.path, at), timing)),
        );
        console.log(`subtree head count, ${label}, at ${at}: ${count} people`);
        console.log(`  query              ${formatTiming(query)}`);
        console.log(`  whole request      ${formatTiming(request)}`);
      }
    }
    for (const at of [today, past]) {
      const result = await time(() => asTenant(() => units.tree(at, WHOLE_MUNICIPALITY)), timing);
      console.log(`whole-tree head counts (${UNITS} units) at ${at}`);
      console.log(`  whole request      ${formatTiming(result)}`);
    }

    if (flag('explain')) {
      const show = async (title: string, run: (em: EntityManager) => Promise<unknown>) => {
        const plan = await asTenant(() => db.transaction((em) => explained(em, run)));
        console.log(`\nEXPLAIN ANALYZE ${title}:\n${plan.map((line) => `  ${line}`).join('\n')}`);
      };
      for (const { label, unit } of subtrees) {
        await show(`subtree head count, ${label}`, (em) => headCounts.subtree(em, unit.path, today));
      }
      await show('whole-tree head counts', (em) => headCounts.tree(em, today));
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    if (flag('keep')) console.log(`\nKept: ${database.url}`);
    else await database.drop();
  }
}

/**
 * The plan of the query that `run` sends, taken from the real call, so that it is always the
 * API's current SQL. The query's own result is not needed, so `run` gets an empty row back.
 */
async function explained(em: EntityManager, run: (em: EntityManager) => Promise<unknown>): Promise<string[]> {
  let plan: string[] = [];
  const explaining = new Proxy(em, {
    get: (target, key) =>
      key === 'query'
        ? async (sql: string, parameters?: unknown[]) => {
            const rows: Record<string, string>[] = await target.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
            plan = rows.map((row) => row['QUERY PLAN']);
            return [{}];
          }
        : Reflect.get(target, key),
  });
  await run(explaining);
  return plan;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
