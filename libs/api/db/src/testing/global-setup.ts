import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { quoteIdent, withDatabase } from '../database-url';
import { startEmbeddedPostgres } from '../embedded-postgres';
import { migrate } from '../migrate';
import { onServer, TEST_DATABASE_PREFIX, TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV } from './test-database';
import { isProcessAlive } from '../process-alive';

/**
 * Jest global setup for *.int-spec.ts: one PostgreSQL server per run (DATABASE_URL's, or an
 * embedded one when unset), one migrated template database, then a clone per test file.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    mkdirSync(join(process.cwd(), '.data'), { recursive: true });
    const dataDir = mkdtempSync(join(process.cwd(), '.data', 'test-pg-'));
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    (globalThis as Record<string, unknown>)['__LARNAV_EMBEDDED_PG__'] = server;
    serverUrl = server.url;
    console.log(`\nIntegration tests: embedded PostgreSQL at ${serverUrl}`);
  }
  await dropLeftovers(serverUrl);
  const template = `${TEST_DATABASE_PREFIX}${process.pid}_template`;
  await onServer(serverUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(template)}`);
    await admin.query(`CREATE DATABASE ${quoteIdent(template)}`);
  });
  await migrate(withDatabase(serverUrl, template));
  process.env[TEST_SERVER_URL_ENV] = serverUrl;
  process.env[TEST_TEMPLATE_ENV] = template;
}

/** Databases left by runs that were killed; a live run's databases are left alone. */
async function dropLeftovers(serverUrl: string): Promise<void> {
  await onServer(serverUrl, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `${TEST_DATABASE_PREFIX}%`,
    ]);
    for (const { datname } of rows) {
      const pids = datname.slice(TEST_DATABASE_PREFIX.length).split('_').map(Number);
      if (pids.some((pid) => isProcessAlive(pid))) continue;
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    }
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}
