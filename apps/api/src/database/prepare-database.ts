import { join, resolve } from 'node:path';
import { AppConfig } from '@larnav/api/common';
import { ensureDatabaseExists, migrate, startEmbeddedPostgres, withDatabase } from '@larnav/api/db';

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL set: use it. Unset: start the embedded PostgreSQL with its data under
 * LARNAV_DATA_DIR (a second start reuses it). Either way, migrate to the latest schema.
 */
export async function prepareDatabase(config: AppConfig): Promise<PreparedDatabase> {
  if (config.DATABASE_URL) {
    await migrate(config.DATABASE_URL);
    return { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: resolve(join(config.LARNAV_DATA_DIR, 'postgres')),
    port: config.LARNAV_EMBEDDED_PG_PORT,
    persistent: true,
  });
  const url = withDatabase(server.url, 'larnav');
  try {
    await ensureDatabaseExists(url);
    await migrate(url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url, embedded: true, stop: () => server.stop() };
}
