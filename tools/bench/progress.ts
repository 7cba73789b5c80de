/**
 * The request path under a morning's load: 100 signed-in learners, each with its own attempt of
 * a published module, each request a new progress event (issue 8). One run, side by side:
 *
 *   bare      a bare server on the same adapter (Express 5), answering "ok"
 *   raw-pg    the same adapter doing a progress write's work by hand: the session row by the
 *             cookie's sid, then INSERT … ON CONFLICT DO NOTHING into a table shaped like progress_event
 *   live      Lärnav's GET /health/live
 *   progress  Lärnav's POST /api/learning/attempts/:id/events
 *
 *   npm run bench:progress [-- --seconds 10 --rounds 3 --learners 100 --profile tmp/profiles --keep]
 *
 * It runs under SWC (run-compiled.sh), as the API is deployed: ts-node loads `domain`, which
 * slows every EventEmitter in the process.
 *
 * Figures are medians over interleaved rounds (the machine's load drifts).
 *
 * The API logs at `info`, one line a request, to stdout, which the npm script sends to
 * tmp/bench-progress-requests.log; the figures go to stderr.
 *
 * Learners sign in through the real OpenID Connect flow with the dev IdP. `--profile DIR` writes a
 * CPU profile of the API's process during the live and progress runs (see profile-summary.ts),
 * and a sampled profile of what they allocate (.heapprofile, for Chrome DevTools' Memory tab).
 */
import 'reflect-metadata';
import type { Server } from 'node:http';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { loadConfig } from '@larnav/api/common';
import { keepCalendarDatesAsStrings, migrate, runAsTenant } from '@larnav/api/db';
import { DEV_IDP_TENANT_IDS, devIdpAccountForEmail } from '@larnav/api/demo';
import { SignInConfigService } from '@larnav/api/identity';
import { OrgUnitService } from '@larnav/api/org';
import { TenantService } from '@larnav/api/tenancy';
import { AppModule } from '../../apps/api/src/app/app.module';
import { configureApp } from '../../apps/api/src/app/configure-app';
import { publishModule, textLesson } from '../../apps/api/src/catalog/catalog-fixtures';
import { SignedInSession, signInWithOidc } from '../../apps/api/src/testing/oidc-sign-in';
import { spawnDevIdp } from '../../apps/dev-idp/src/testing/spawn-dev-idp';
import { createBenchDatabase } from './bench-database';
import { flag, option } from './measure';
import { summarise } from './profile-summary';
import { cpuTicks, postgresTicks, TICK_US } from './cpu-ticks';

const HOST = 'stenungsund.test';
const SECONDS = option('seconds', Number(process.env['BENCH_SECONDS'] ?? 10));
const LEARNERS = option('learners', 100);
const PROFILE_DIR = option('profile', '');
const ROUNDS = option('rounds', 3);
// Nest's Express adapter brings its own Express 5; the bare servers use that very one.
const express = require(require.resolve('express', { paths: [require.resolve('@nestjs/platform-express')] }));
const { unsign } = require(require.resolve('cookie-signature', { paths: [require.resolve('express-session')] }));

interface Learner {
  headers: Record<string, string>;
  attemptId: string;
  lessonId: string;
}
interface Load {
  /** CPU a request: the server's own thread, and every PostgreSQL process (µs). */
  serverCpu: number;
  /** Of serverCpu, in the kernel (system calls: sockets). */
  serverSystemCpu: number;
  postgresCpu: number;
  /** The server thread's garbage-collection pauses: their sum a request (µs), and the longest (ms). */
  gcPerRequest: number;
  gcLongest: number;
  rps: number;
  total: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function main(): Promise<void> {
  keepCalendarDatesAsStrings();
  const database = await createBenchDatabase('larnav_bench_progress');
  const idp = await spawnDevIdp({
    clients: [
      {
        client_id: 'larnav-bench',
        client_secret: 'larnav-bench-secret',
        redirect_uris: [`http://${HOST}/api/auth/oidc/callback`],
        post_logout_redirect_uris: [`http://${HOST}/`],
      },
    ],
  });
  const load = new Worker(join(__dirname, 'load', 'load-worker.js'));
  let app: NestExpressApplication | undefined;
  const closers: (() => Promise<unknown>)[] = [];
  try {
    await migrate(database.url);
    const config = { ...loadConfig({}), LOG_LEVEL: 'info' as const, LARNAV_SIGN_IN_RATE_LIMIT: 1_000_000 };
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ databaseUrl: database.url, config }), {
      logger: false,
    });
    configureApp(app);
    await app.listen(0, '127.0.0.1');
    const server = app.getHttpServer();
    const learners = await prepareLearners(app, server, idp.issuer);
    // As autovacuum leaves a database in use: a new one has no statistics, and its plans are
    // guesses (on small tables, a person found by scanning the municipality's index).
    await app.get(DataSource).query('ANALYZE');

    const pool = new Pool({ connectionString: database.url, max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10) });
    closers.push(() => pool.end());
    await pool.query(`CREATE TABLE bench_progress_event (LIKE progress_event INCLUDING ALL)`);
    const bare = await listen(bareServer());
    closers.push(() => close(bare));
    const raw = await listen(
      rawPgServer(
        pool,
        (config.LARNAV_SESSION_SECRET ?? 'larnav-development-session-secret-not-for-production').split(',')[0],
      ),
    );
    closers.push(() => close(raw));
    const run = (url: string, body?: object, clients: Partial<Learner>[] = learners) =>
      drive(load, { url, clients, seconds: SECONDS, body });
    const event = { type: 'position', scroll: 0.5 };
    const anonymous = learners.map(() => ({ headers: { Host: HOST } }));

    report(
      `Progress bench on ${database.server}, ${learners.length} connections (one learner each), ` +
        `${SECONDS} s each, Node ${process.version}`,
    );
    // Warm-ups (JIT, pools), then the measured runs.
    await run(`${url(bare)}/`, undefined, anonymous);
    await run(`${url(raw)}/api/learning/attempts/{attemptId}/events`, event);
    await run(`${url(server)}/health/live`, undefined, anonymous);
    await run(`${url(server)}/api/learning/attempts/{attemptId}/events`, event);
    // Rounds, each running all four in turn: on a machine shared with other work the load
    // drifts, and the median of interleaved runs keeps the ratios fair.
    const targets: [string, () => Promise<Load>][] = [
      ['bare Express 5 "ok"', () => run(`${url(bare)}/`, undefined, anonymous)],
      [
        'raw pg: session + insert',
        () => profiled('raw-pg', () => run(`${url(raw)}/api/learning/attempts/{attemptId}/events`, event)),
      ],
      ['GET /health/live', () => profiled('live', () => run(`${url(server)}/health/live`, undefined, anonymous))],
      [
        'POST …/attempts/:id/events',
        () => profiled('progress', () => run(`${url(server)}/api/learning/attempts/{attemptId}/events`, event)),
      ],
    ];
    const runs: Load[][] = targets.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, [, measure]] of targets.entries()) runs[index].push(await measure());
      report(`round ${round + 1}: ${runs.map((r) => r[round].rps.toFixed(0)).join(' / ')} req/s`);
    }
    const results: [string, Load][] = targets.map(([label], index) => [label, median(runs[index])]);
    for (const [label, l] of results) print(label, l);
    const [b, r, live, progress] = results.map(([, l]) => l);
    const pct = (a: number, of: number) => `${((a / of) * 100).toFixed(0)} %`;
    report(`/health/live: ${pct(live.rps, b.rps)} of bare (target ≥ 60 %)`);
    report(
      `progress: ${pct(progress.rps, r.rps)} of the raw-pg ceiling (target ≥ 60 %), ` +
        `p99 ${(progress.p99 / r.p99).toFixed(2)}× the ceiling's (target ≤ 1.5×)`,
    );
    const [{ n }] = (await pool.query(`SELECT count(*)::int AS n FROM progress_event`)).rows;
    report(`progress_event rows stored: ${n}`);
  } finally {
    for (const closer of closers) await closer();
    await load.terminate();
    await app?.close();
    await idp.stop();
    // --keep leaves the database for a closer look (EXPLAIN, pgbench with the API's statements).
    if (flag('keep')) report(`kept ${database.url}`);
    else await database.drop();
  }
}

/** A published module, and each learner signed in through the dev IdP with an attempt of it. */
async function prepareLearners(app: NestExpressApplication, server: Server, issuer: string): Promise<Learner[]> {
  const tenant = await app
    .get(TenantService)
    .create({ slug: 'stenungsund', name: 'Stenungsunds kommun', hostnames: [HOST] });
  await runAsTenant(tenant.id, async () => {
    await app.get(SignInConfigService).save('oidc', {
      issuer,
      clientId: 'larnav-bench',
      clientSecret: 'larnav-bench-secret',
      idpTenantId: DEV_IDP_TENANT_IDS.stenungsund,
      emailDomains: ['stenungsund.se'],
    });
    await app.get(OrgUnitService).createRoot('Stenungsunds kommun', 'STENUNGSUND');
  });
  const as = (session: SignedInSession) => {
    const headers = { Host: HOST, Cookie: session.cookie, 'X-CSRF-Token': session.csrfToken };
    const send = (test: request.Test) => test.set(headers);
    return {
      headers,
      post: (path: string) => send(request(server).post(path)),
      put: (path: string) => send(request(server).put(path)),
    };
  };
  const trainer = as(
    await signInWithOidc(server, HOST, { account: devIdpAccountForEmail('karin.sjoberg@stenungsund.se')?.sub ?? '' }),
  );
  const lessons = [textLesson('Inledning', 'Varför.'), textLesson('Fördjupning', 'Hur.')];
  const moduleId = await publishModule(trainer, lessons);

  const learners: Learner[] = [];
  for (let i = 0; i < LEARNERS; i += 10) {
    const batch = Array.from({ length: Math.min(10, LEARNERS - i) }, async (_, j) => {
      const learner = as(await signInWithOidc(server, HOST, { email: `larande${i + j}@stenungsund.se` }));
      const attempt = (await learner.post(`/api/learning/modules/${moduleId}/attempts`).expect(200)).body;
      return { headers: learner.headers, attemptId: attempt.id as string, lessonId: lessons[0].id };
    });
    learners.push(...(await Promise.all(batch)));
  }
  return learners;
}

function bareServer() {
  const bare = express();
  bare.get('/', (_req: unknown, res: { send(body: string): void }) => res.send('ok'));
  return bare;
}

/** The plainest hand-written code for a progress write's work: the session row, then one insert. */
function rawPgServer(pool: Pool, secret: string) {
  const raw = express();
  raw.use(express.json());
  raw.post('/api/learning/attempts/:attemptId/events', async (req: RawRequest, res: RawResponse) => {
    try {
      const signed = /(?:^|;\s*)larnav\.sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
      const sid = signed && unsign(decodeURIComponent(signed).slice(2), secret);
      if (!sid) return res.status(401).end();
      const { rows } = await pool.query(`SELECT sess FROM session WHERE sid = $1 AND expire >= now()`, [sid]);
      const auth = rows[0]?.sess?.auth;
      if (!auth) return res.status(401).end();
      const e = req.body.events[0];
      const inserted = await pool.query(
        `INSERT INTO bench_progress_event (tenant_id, id, person_id, attempt_id, type, data, occurred_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (tenant_id, id) DO NOTHING RETURNING id`,
        [
          auth.tenantId,
          e.id,
          auth.personId,
          req.params.attemptId,
          e.type,
          { lessonId: e.lessonId, scroll: e.scroll },
          e.occurredAt,
        ],
      );
      res.json({ stored: inserted.rows.map((r) => r.id) });
    } catch (error) {
      res.status(500).send(String(error));
    }
  });
  return raw;
}
interface RawRequest {
  headers: Record<string, string | undefined>;
  params: { attemptId: string };
  body: { events: { id: string; type: string; lessonId: string; scroll?: number; occurredAt: string }[] };
}
interface RawResponse {
  status(code: number): RawResponse;
  end(): void;
  json(body: unknown): void;
  send(body: string): void;
}

const profiledAlready = new Set<string>();

/** Each figure's median over the rounds. */
function median(loads: Load[]): Load {
  const mid = (pick: (l: Load) => number) => [...loads].map(pick).sort((a, b) => a - b)[Math.floor(loads.length / 2)];
  return {
    rps: mid((l) => l.rps),
    p50: mid((l) => l.p50),
    p99: mid((l) => l.p99),
    serverCpu: mid((l) => l.serverCpu),
    serverSystemCpu: mid((l) => l.serverSystemCpu),
    gcPerRequest: mid((l) => l.gcPerRequest),
    gcLongest: mid((l) => l.gcLongest),
    postgresCpu: mid((l) => l.postgresCpu),
    total: loads.reduce((sum, l) => sum + l.total, 0),
    non2xx: loads.reduce((sum, l) => sum + l.non2xx, 0),
    errors: loads.reduce((sum, l) => sum + l.errors, 0),
  };
}

/** Profiles this process (the API's) while `work` runs, when --profile asks for it. */
async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  // The first round only: the profiler's own cost then skews one of the rounds, not the median.
  if (!PROFILE_DIR || profiledAlready.has(name)) return work();
  profiledAlready.add(name);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  // Where the garbage is made: a sample every 32 KB allocated, kept or not (GC took a tenth).
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 32_768,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const result = await work();
  const { profile } = await session.post('Profiler.stop');
  const { profile: allocations } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  mkdirSync(PROFILE_DIR, { recursive: true });
  const file = join(PROFILE_DIR, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  writeFileSync(join(PROFILE_DIR, `${name}.heapprofile`), JSON.stringify(allocations));
  report(`\n== CPU profile of ${name}: ${file}\n${summarise(profile as never, flag('full') ? 40 : 15)}\n`);
  return result;
}

/** Every GC pause of this process's main thread (the servers'), as V8 reports them. */
const gcPauses: number[] = [];
new PerformanceObserver((list) => gcPauses.push(...list.getEntries().map((e) => e.duration))).observe({
  entryTypes: ['gc'],
});

async function drive(worker: Worker, job: object): Promise<Load> {
  const before = cpuTicks();
  gcPauses.length = 0;
  const load = await new Promise<
    Omit<Load, 'serverCpu' | 'serverSystemCpu' | 'postgresCpu' | 'gcPerRequest' | 'gcLongest'>
  >((resolve, reject) => {
    worker.once('message', (message: { result?: Load; error?: string }) =>
      message.error ? reject(new Error(message.error)) : resolve(message.result as Load),
    );
    worker.postMessage(job);
  });
  const after = cpuTicks();
  const perRequest = (ticks: number) => Math.round((ticks * TICK_US) / Math.max(1, load.total));
  return {
    ...load,
    serverCpu: perRequest(after.server - before.server),
    serverSystemCpu: perRequest(after.serverSystem - before.serverSystem),
    postgresCpu: perRequest(postgresTicks(before.postgres, after.postgres)),
    gcPerRequest: Math.round((gcPauses.reduce((sum, ms) => sum + ms, 0) * 1000) / Math.max(1, load.total)),
    gcLongest: Math.round(Math.max(0, ...gcPauses)),
  };
}

function listen(handler: (req: never, res: never) => void): Promise<Server> {
  return new Promise((resolve) => {
    const server = require('node:http').createServer(handler) as Server;
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
function url(server: Server): string {
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

function print(label: string, l: Load): void {
  report(
    `${label.padEnd(30)} ${l.rps.toFixed(0).padStart(7)} req/s   p50 ${String(l.p50).padStart(4)} ms   ` +
      `p99 ${String(l.p99).padStart(4)} ms   CPU a request: server ${String(l.serverCpu).padStart(4)} µs ` +
      `(kernel ${String(l.serverSystemCpu).padStart(4)}), ` +
      `PostgreSQL ${String(l.postgresCpu).padStart(4)} µs   ` +
      `GC ${String(l.gcPerRequest).padStart(3)} µs a request, longest ${String(l.gcLongest).padStart(3)} ms   (${l.total} requests, non-2xx ${l.non2xx}, errors ${l.errors})`,
  );
}

/** To stderr: stdout carries the API's request logs, as it does in production. */
function report(line: string): void {
  process.stderr.write(`${line}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
