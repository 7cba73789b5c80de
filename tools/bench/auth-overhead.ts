/**
 * What the session check costs: requests per second and p99 latency of an unauthenticated
 * health check against an authenticated request, on the same run, the same process and the
 * same database. The session comes from a real sign-in through the dev IdP.
 *
 *   npm run bench:auth            (DATABASE_URL's server if set, else embedded PostgreSQL)
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { keepCalendarDatesAsStrings, migrate } from '@larnav/api/db';
import { signInWithOidc } from '../../apps/api/src/testing/oidc-sign-in';
import { devIdpAccountForEmail } from '@larnav/api/demo';
import { BENCH_HOST, createBenchMunicipality, spawnBenchIdp, startBenchApp } from './bench-app';
import { createBenchDatabase } from './bench-database';

const HOST = BENCH_HOST;
const DURATION_S = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 10);

async function main(): Promise<void> {
  keepCalendarDatesAsStrings();
  const database = await createBenchDatabase('larnav_bench_auth');
  const idp = await spawnBenchIdp();
  let app: NestExpressApplication | undefined;
  try {
    await migrate(database.url);
    app = await startBenchApp(database.url);
    await createBenchMunicipality(app, idp.issuer);
    const admin = devIdpAccountForEmail('anders.nyberg@stenungsund.se');
    const session = await signInWithOidc(app.getHttpServer(), HOST, { account: admin?.sub ?? '' });
    const address = app.getHttpServer().address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    console.log(
      `Auth overhead on ${database.server}, ${CONNECTIONS} connections, ${DURATION_S} s each, Node ${process.version}`,
    );
    // The session endpoint does nothing but the session check: the cookie, the session row, the
    // person and their roles. The tree shows a signed-in request with real work behind it.
    const health = await load(`${url}/health/live`, { Host: HOST });
    const ready = await load(`${url}/health/ready`, { Host: HOST });
    const checked = await load(`${url}/api/auth/session`, { Host: HOST, Cookie: session.cookie });
    const tree = await load(`${url}/api/org-units/tree`, { Host: HOST, Cookie: session.cookie });
    print('GET /health/live (no session)', health);
    print('GET /health/ready (no session, pings the DB)', ready);
    print('GET /api/auth/session (session check only)', checked);
    print('GET /api/org-units/tree (signed in)', tree);
    const cost = (1 - checked.rps / health.rps) * 100;
    const p99 = checked.p99 - health.p99;
    console.log(`Session check: ${cost.toFixed(1)} % of throughput, +${p99} ms at p99 (target: under 20 %)`);
    console.log(
      `Against the readiness check, which also reaches PostgreSQL: ${((1 - checked.rps / ready.rps) * 100).toFixed(1)} %`,
    );
  } finally {
    await app?.close();
    await idp.stop();
    await database.drop();
  }
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function load(url: string, headers: Record<string, string>): Promise<Load> {
  // Warm up, then measure.
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 });
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_S });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
}

function print(label: string, l: Load): void {
  console.log(
    `${label.padEnd(42)} ${l.rps.toFixed(0).padStart(7)} req/s   p50 ${l.p50} ms   p99 ${l.p99} ms   non-2xx ${l.non2xx}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
