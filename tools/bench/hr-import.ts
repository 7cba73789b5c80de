/**
 * The HR-system import at 20,000 rows: the dry run (read the file, plan against the staff) and
 * the apply (the job, all in one transaction), first into an empty municipality, then a month
 * later with 15 % turnover (hires, leavers, transfers), then the same file again. Each beside a
 * baseline measured in the same run on the same database: parsing the file alone, and the same
 * people and employments written with one plain SQL statement each.
 *
 *   npm run bench:hr-import   (DATABASE_URL's server if set, else embedded PostgreSQL; BENCH_ROWS)
 */
import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { parse } from 'csv-parse/sync';
import { Pool } from 'pg';
import { Actor, loadConfig } from '@larnav/api/common';
import { keepCalendarDatesAsStrings, migrate, runAsTenant } from '@larnav/api/db';
import { HrImportApply, HrImportService } from '@larnav/api/hr-import';
import { OrgUnitService } from '@larnav/api/org';
import { TenantService } from '@larnav/api/tenancy';
import { Role } from '@larnav/contracts';
import { AppModule } from '../../apps/api/src/app/app.module';
import { createBenchDatabase } from './bench-database';
import { option } from './measure';

const ROWS = option('rows', 20_000);
const UNITS = 40;
const HEADER = 'Anställningsnummer;Förnamn;Efternamn;E-post;Enhetskod;Befattning;Startdatum;Slutdatum';

interface Employee {
  number: number;
  unit: number;
}

function file(employees: Employee[]): Buffer {
  const lines = employees.map(
    (e) =>
      `${e.number};Förnamn${e.number};Efternamn;person${e.number}@stenungsund.se;U${String(e.unit).padStart(2, '0')};handläggare;2020-01-01;`,
  );
  return Buffer.from([HEADER, ...lines].join('\r\n') + '\r\n', 'utf8');
}

async function main(): Promise<void> {
  keepCalendarDatesAsStrings();
  const database = await createBenchDatabase('larnav_bench_hr_import');
  let app: NestExpressApplication | undefined;
  const pool = new Pool({ connectionString: database.url, max: 2 });
  try {
    await migrate(database.url);
    const config = { ...loadConfig({}), LOG_LEVEL: 'silent' as const };
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ databaseUrl: database.url, config }), {
      logger: false,
    });
    await app.init();
    const tenants = app.get(TenantService);
    const tenant = await tenants.create({
      slug: 'stenungsund',
      name: 'Stenungsunds kommun',
      hostnames: ['stenungsund.test'],
    });
    const baselineTenant = await tenants.create({ slug: 'baseline', name: 'Baseline', hostnames: ['baseline.test'] });
    const unitIds = await runAsTenant(tenant.id, async () => {
      const units = app?.get(OrgUnitService) as OrgUnitService;
      const root = await units.createRoot('Stenungsunds kommun', 'STENUNGSUND');
      const ids: string[] = [];
      for (let u = 1; u <= UNITS; u++)
        ids.push(
          (await units.create({ parentId: root.id, name: `Enhet ${u}`, code: `U${String(u).padStart(2, '0')}` })).id,
        );
      return ids;
    });
    const baselineUnit = await runAsTenant(baselineTenant.id, async () => {
      const units = app?.get(OrgUnitService) as OrgUnitService;
      return (await units.createRoot('Baseline', 'BASELINE')).id;
    });
    const imports = app.get(HrImportService);
    const apply = app.get(HrImportApply);
    const actor: Actor = {
      tenantId: tenant.id,
      personId: null,
      tokenId: null,
      sessionId: null,
      roles: [Role.Admin],
      permissions: new Set(),
      hrUnitIds: [],
    };

    const seconds = async (work: () => Promise<unknown>) => {
      const begin = process.hrtime.bigint();
      await work();
      return Number(process.hrtime.bigint() - begin) / 1e9;
    };
    const dryRun = (data: Buffer) => runAsTenant(tenant.id, () => imports.upload('bench.csv', data, actor));
    const applied = (id: string) =>
      runAsTenant(tenant.id, async () => {
        await apply.request(id, actor);
        for (;;) {
          const { status, failure } = await imports.detail(id);
          if (status === 'applied') return;
          if (status !== 'queued' && status !== 'applying') throw new Error(`The apply ended ${status}: ${failure}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      });

    // The first file: everyone is new. The second, a month on: 15 % turnover.
    const first: Employee[] = Array.from({ length: ROWS }, (_, i) => ({ number: 100_000 + i, unit: (i % UNITS) + 1 }));
    const turnover = Math.round(ROWS * 0.05);
    const second: Employee[] = [
      ...first.slice(turnover).map((e, i) => (i < turnover ? { ...e, unit: (e.unit % UNITS) + 1 } : e)),
      ...Array.from({ length: turnover }, (_, i) => ({ number: 200_000 + i, unit: (i % UNITS) + 1 })),
    ];
    const firstFile = file(first);
    const secondFile = file(second);

    console.log(
      `HR import on ${database.server}, ${ROWS} rows (${(firstFile.length / 1e6).toFixed(1)} MB CSV), ${UNITS} units, Node ${process.version}`,
    );
    const results: [string, number][] = [];
    let plan = await dryRun(firstFile);
    results.push([
      'dry run, empty municipality (upload, read, plan)',
      await seconds(async () => (plan = await dryRun(firstFile))),
    ]);
    console.log(`  plan: ${JSON.stringify(plan.summary)}`);
    results.push(['apply, 20,000 hires (job, one transaction)', await seconds(() => applied(plan.id))]);
    results.push(['dry run, 15 % turnover', await seconds(async () => (plan = await dryRun(secondFile)))]);
    console.log(`  plan: ${JSON.stringify(plan.summary)}`);
    results.push(['apply, 15 % turnover', await seconds(() => applied(plan.id))]);
    results.push(['dry run, the same file again', await seconds(async () => (plan = await dryRun(secondFile)))]);
    console.log(`  plan: ${JSON.stringify(plan.summary)}`);

    const baselineParse = await seconds(async () =>
      parse(firstFile.toString('utf8'), { delimiter: ';', relax_column_count: true, skip_empty_lines: true }),
    );
    const baselineWrite = await seconds(async () => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [baselineTenant.id]);
        const people = first.map((e) => ({
          n: String(e.number),
          name: `Förnamn${e.number} Efternamn`,
          email: `person${e.number}@baseline.se`,
        }));
        const ids: { id: string }[] = (
          await client.query(
            `INSERT INTO person (tenant_id, employee_number, name, email)
             SELECT $1, x.n, x.name, x.email FROM jsonb_to_recordset($2::jsonb) AS x(n text, name text, email text) RETURNING id`,
            [baselineTenant.id, JSON.stringify(people)],
          )
        ).rows;
        await client.query(
          `INSERT INTO employment (tenant_id, person_id, org_unit_id, job_role, start_date)
           SELECT $1, id, $2, 'handläggare', '2020-01-01' FROM unnest($3::uuid[]) AS id`,
          [baselineTenant.id, baselineUnit, ids.map((row) => row.id)],
        );
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    });
    results.push(['baseline: csv-parse of the 20,000-row file alone', baselineParse]);
    results.push(['baseline: plain SQL, 20,000 people + employments, one transaction', baselineWrite]);
    for (const [label, value] of results) console.log(`  ${label.padEnd(68)} ${value.toFixed(2).padStart(7)} s`);
    const [dry, hires] = [results[0][1], results[1][1]];
    console.log(
      `  dry run / parse alone: ${(dry / baselineParse).toFixed(1)}×; apply / plain SQL writes: ${(hires / baselineWrite).toFixed(1)}×`,
    );
    void unitIds;
  } finally {
    await pool.end();
    await app?.close();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
