/**
 * SCIM user creates per second, as Entra ID's provisioning sends them (one POST /scim/v2/Users
 * with the enterprise extension each: a person and an employment in a unit found by its code),
 * sequential and with several at once, beside a baseline in the same run: the same person and
 * employment rows written with plain SQL, one transaction each.
 *
 *   npm run bench:scim   (DATABASE_URL's server if set, else embedded PostgreSQL; BENCH_USERS, BENCH_CONCURRENCY)
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { Pool } from 'pg';
import { loadConfig } from '@larnav/api/common';
import { keepCalendarDatesAsStrings, migrate, runAsTenant } from '@larnav/api/db';
import { IntegrationTokens } from '@larnav/api/identity';
import { OrgUnitService } from '@larnav/api/org';
import { TenantService } from '@larnav/api/tenancy';
import { calendarDateAt, Permission } from '@larnav/contracts';
import { AppModule } from '../../apps/api/src/app/app.module';
import { configureApp } from '../../apps/api/src/app/configure-app';
import { createBenchDatabase } from './bench-database';
import { option } from './measure';

const HOST = 'stenungsund.test';
const USERS = option('users', 300);
const CONCURRENCY = option('concurrency', 10);
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

async function main(): Promise<void> {
  keepCalendarDatesAsStrings();
  const database = await createBenchDatabase('larnav_bench_scim');
  let app: NestExpressApplication | undefined;
  const pool = new Pool({ connectionString: database.url, max: CONCURRENCY });
  try {
    await migrate(database.url);
    const config = { ...loadConfig({}), LOG_LEVEL: 'silent' as const };
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ databaseUrl: database.url, config }), {
      logger: false,
    });
    configureApp(app);
    await app.listen(0, '127.0.0.1');
    const tenant = await app
      .get(TenantService)
      .create({ slug: 'stenungsund', name: 'Stenungsunds kommun', hostnames: [HOST] });
    const { token, unitId } = await runAsTenant(tenant.id, async () => {
      const units = app?.get(OrgUnitService) as OrgUnitService;
      const root = await units.createRoot('Stenungsunds kommun', 'STENUNGSUND');
      const unit = await units.create({ parentId: root.id, name: 'Bygglov', code: 'SBF-BYGG' });
      const issued = await app?.get(IntegrationTokens).issue({
        name: 'Bench',
        scopes: [Permission.Scim],
        expiresAt: new Date(Date.now() + 86_400_000),
        createdBy: null,
      });
      return { token: issued?.value ?? '', unitId: unit.id };
    });
    const address = app.getHttpServer().address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/scim/v2/Users`;

    let n = 0;
    const scimCreate = async () => {
      const i = ++n;
      const body = JSON.stringify({
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
        externalId: randomUUID(),
        userName: `person${i}@stenungsund.se`,
        active: true,
        displayName: `Person ${i}`,
        emails: [{ primary: true, type: 'work', value: `person${i}@stenungsund.se` }],
        title: 'handläggare',
        [ENTERPRISE]: { department: 'SBF-BYGG', employeeNumber: String(i) },
      });
      const { status, text } = await post(url, body, { Host: HOST, Authorization: `Bearer ${token}` });
      if (status !== 201) throw new Error(`SCIM create answered ${status}: ${text}`);
    };
    let m = 0;
    const today = calendarDateAt(new Date());
    const sqlCreate = async () => {
      const i = ++m;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const person = await client.query(
          `INSERT INTO person (tenant_id, external_id, email, name, employee_number) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [tenant.id, randomUUID(), `baseline${i}@stenungsund.se`, `Baseline ${i}`, String(i)],
        );
        await client.query(
          `INSERT INTO employment (tenant_id, person_id, org_unit_id, job_role, start_date) VALUES ($1, $2, $3, 'handläggare', $4)`,
          [tenant.id, person.rows[0].id, unitId, today],
        );
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    };

    console.log(`SCIM user creates on ${database.server}, ${USERS} users per run, Node ${process.version}`);
    await run(scimCreate, 20, 1); // warm-up
    await run(sqlCreate, 20, 1);
    const rows: [string, number][] = [
      ['POST /scim/v2/Users, one at a time', await run(scimCreate, USERS, 1)],
      [`POST /scim/v2/Users, ${CONCURRENCY} at a time`, await run(scimCreate, USERS, CONCURRENCY)],
      ['baseline: plain SQL person + employment, one at a time', await run(sqlCreate, USERS, 1)],
      [`baseline: plain SQL person + employment, ${CONCURRENCY} at a time`, await run(sqlCreate, USERS, CONCURRENCY)],
    ];
    for (const [label, perSecond] of rows) console.log(`  ${label.padEnd(62)} ${perSecond.toFixed(0).padStart(6)} /s`);
  } finally {
    agent.destroy();
    await pool.end();
    await app?.close();
    await database.drop();
  }
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** node:http, not fetch: fetch will not send the municipality's Host header. */
function post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      agent,
      headers: { ...headers, 'Content-Type': 'application/scim+json', 'Content-Length': Buffer.byteLength(body) },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Creates per second for `total` creates, `parallel` at a time. */
async function run(create: () => Promise<void>, total: number, parallel: number): Promise<number> {
  let started = 0;
  const begin = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (started < total) {
        started++;
        await create();
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
  return total / seconds;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
