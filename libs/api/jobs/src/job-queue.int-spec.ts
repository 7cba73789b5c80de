import { Client } from 'pg';
import { currentTenantScope } from '@larnav/api/db';
import { createTestDatabase, TestDatabase } from '@larnav/api/db/testing';
import { JobQueue } from './job-queue';

const TENANT = '7d5a3f0e-2b1c-4e8a-9f6d-0c1b2a3d4e5f';

/** Two replicas' queues on one database, as two API processes would have. */
function replica(url: string, handled: string[], work = true): JobQueue {
  const queue = new JobQueue({ databaseUrl: url, work });
  const handler = async (data: { tenantId: string; n: number }) => {
    handled.push(`${data.n}:${currentTenantScope()?.tenantId}`);
  };
  queue.define({ name: 'count', handler });
  queue.define({ name: 'count-once', handler, policy: 'short' });
  return queue;
}

/**
 * Waits up to 25 s, within the suite's 30 s test timeout: beside the browser tests on two busy
 * cores, two replicas polling every 2 s took over 10 s for 20 jobs (CI, session 9).
 */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
}

describe('job queue (pg-boss on the application database)', () => {
  let database: TestDatabase;
  const queues: JobQueue[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((queue) => queue.onApplicationShutdown()));
  });
  afterAll(() => database.drop());

  it('gives each job to exactly one of two replicas, confined to its municipality', async () => {
    const handled: string[] = [];
    const a = replica(database.url, handled);
    const b = replica(database.url, handled);
    queues.push(a, b);
    await Promise.all([a.onApplicationBootstrap(), b.onApplicationBootstrap()]);

    for (let n = 0; n < 20; n++) await (n % 2 ? a : b).send('count', { tenantId: TENANT, n });
    await until(() => handled.length >= 20, '20 jobs');
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(handled.sort()).toEqual(Array.from({ length: 20 }, (_, n) => `${n}:${TENANT}`).sort());
  });

  it('adds a job with a singleton key only once while it waits', async () => {
    const handled: string[] = [];
    const sender = replica(database.url, handled, false);
    queues.push(sender);
    const first = await sender.send('count-once', { tenantId: TENANT, n: 1 }, { singletonKey: 'once' });
    const second = await sender.send('count-once', { tenantId: TENANT, n: 2 }, { singletonKey: 'once' });
    const other = await sender.send('count-once', { tenantId: TENANT, n: 3 }, { singletonKey: 'other' });

    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
    expect(other).toEqual(expect.any(String));
    expect(await sender.state('count-once', first as string)).toBe('created');
  });

  it('leaves no connection behind when the application stops while the queue is starting', async () => {
    const queue = replica(database.url, []);
    const starting = queue.onApplicationBootstrap();
    await queue.onApplicationShutdown();
    await starting;

    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'larnav-jobs'`,
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
    await expect(queue.send('count', { tenantId: TENANT, n: 1 })).rejects.toThrow(/stopped/);
  });

  it('refuses a job nobody defined', async () => {
    const sender = replica(database.url, [], false);
    queues.push(sender);
    await expect(sender.send('no-such-job', {})).rejects.toThrow(/not defined/);
  });
});
