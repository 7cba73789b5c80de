import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { quoteIdent, startEmbeddedPostgres, withDatabase } from '@larnav/api/db';
import { freePort } from './measure';

export interface BenchDatabase {
  url: string;
  server: string;
  drop(): Promise<void>;
}

/**
 * A database of the benchmark's own: on DATABASE_URL's server when set, else on an embedded
 * PostgreSQL kept in .data/bench-pg. Dropped (and the embedded server stopped) by `drop`.
 */
export async function createBenchDatabase(name: string): Promise<BenchDatabase> {
  let serverUrl = process.env['DATABASE_URL'];
  let stop: () => Promise<void> = async () => undefined;
  if (!serverUrl) {
    const dataDir = join(process.cwd(), '.data', 'bench-pg');
    mkdirSync(dataDir, { recursive: true });
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: true });
    serverUrl = embedded.url;
    stop = () => embedded.stop();
  }
  const adminUrl = withDatabase(serverUrl, 'postgres');
  const onServer = async (sql: string) => {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await onServer(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  await onServer(`CREATE DATABASE ${quoteIdent(name)}`);
  const version = new Client({ connectionString: adminUrl });
  await version.connect();
  // JIT matters here: it can cost a large query more to compile than to run.
  const { rows } = await version.query<{ version: string; jit: boolean }>(
    `SELECT current_setting('server_version') AS version, current_setting('jit') = 'on' AND pg_jit_available() AS jit`,
  );
  await version.end();
  const { version: serverVersion, jit } = rows[0];
  return {
    url: withDatabase(serverUrl, name),
    server: `PostgreSQL ${serverVersion}${process.env['DATABASE_URL'] ? '' : ' (embedded)'}, JIT ${jit ? 'on' : 'off'}`,
    drop: async () => {
      await onServer(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      await stop();
    },
  };
}
