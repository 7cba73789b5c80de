#!/usr/bin/env node
// The server the browser tests run against: the built API (serving the built web app) and the
// dev IdP, on ports of their own, on a fresh database with the demo municipalities.
// DATABASE_URL set: the database it names (`larnav_e2e` if none) on that server, made anew. Unset: an embedded
// PostgreSQL under tmp/e2e-data, made anew. Needs `nx run-many -t build -p api web dev-idp` first.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const root = new URL('../..', import.meta.url).pathname;
const env = {
  ...process.env,
  PORT: process.env.PORT ?? '3100',
  DEV_IDP_PORT: process.env.DEV_IDP_PORT ?? '3101',
  LARNAV_SEED_DEMO: 'true',
  // Warnings and errors only: a request log line for every step of every journey buries the report.
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};

if (process.env.DATABASE_URL) {
  const server = new URL(process.env.DATABASE_URL);
  // The database the URL names (several servers, on their own ports, can then share one PostgreSQL
  // without dropping each other's); `larnav_e2e` when it names none, or the server's own.
  const named = server.pathname.slice(1);
  const database = named && named !== 'postgres' ? named : 'larnav_e2e';
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Not a plain database name: ${database}`);
  server.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: server.href });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  server.pathname = `/${database}`;
  env.DATABASE_URL = server.href;
} else {
  const dataDir = join(root, 'tmp/e2e-data');
  rmSync(dataDir, { recursive: true, force: true });
  env.LARNAV_DATA_DIR = dataDir;
  env.LARNAV_EMBEDDED_PG_PORT = process.env.LARNAV_EMBEDDED_PG_PORT ?? '54339';
}

const child = spawn(process.execPath, [join(root, 'tools/start/start.mjs')], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
