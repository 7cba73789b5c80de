import { quoteIdent } from '../database-url';
import type { EmbeddedPostgresHandle } from '../embedded-postgres';
import { onServer, TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV } from './test-database';

/** Nothing a test run writes survives it: drop the template (clones were dropped per file). */
export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env[TEST_SERVER_URL_ENV];
  const template = process.env[TEST_TEMPLATE_ENV];
  if (serverUrl && template) {
    await onServer(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(template)} WITH (FORCE)`));
  }
  const embedded = (globalThis as Record<string, unknown>)['__LARNAV_EMBEDDED_PG__'] as
    | EmbeddedPostgresHandle
    | undefined;
  await embedded?.stop();
}
