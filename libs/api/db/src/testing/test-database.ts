import { Client } from 'pg';
import { quoteIdent, withDatabase } from '../database-url';

/** Set by the integration tests' global setup. */
export const TEST_SERVER_URL_ENV = 'LARNAV_TEST_SERVER_URL';
export const TEST_TEMPLATE_ENV = 'LARNAV_TEST_TEMPLATE';
/** Every database a test run makes starts with this, followed by the run's process id. */
export const TEST_DATABASE_PREFIX = 'larnav_t_';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

let counter = 0;

/**
 * A fresh, migrated database for one test file, cloned from the run's template in a few
 * milliseconds. Files run in parallel and never see each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = requiredEnv(TEST_SERVER_URL_ENV);
  const template = requiredEnv(TEST_TEMPLATE_ENV);
  const name = `${TEST_DATABASE_PREFIX}${process.ppid}_${process.pid}_${++counter}`;
  await onServer(serverUrl, (admin) =>
    admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`),
  );
  return {
    url: withDatabase(serverUrl, name),
    drop: () =>
      onServer(serverUrl, async (admin) => {
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      }),
  };
}

export async function onServer<T>(serverUrl: string, work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run integration tests through jest.int.config.ts`);
  return value;
}
