import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createTestDatabase, TestDatabase } from '@larnav/api/db/testing';
import { ACTOR_OF_SESSION_PERSON, readSessionWithActor } from './session-preload';

/**
 * The session read that every signed-in request makes, against real PostgreSQL: row-level
 * security still decides whose roles are read, and the person is found by its key, not by a
 * scan of the municipality (issue 8: a regular expression compared row by row cost every
 * request time in proportion to the municipality's staff).
 */
describe('the session read with its person, in PostgreSQL', () => {
  let database: TestDatabase;
  let pool: Pool;
  const stenungsund = randomUUID();
  const orust = randomUUID();
  const karin = randomUUID();

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, max: 2 });
    await pool.query(
      `INSERT INTO tenant (id, slug, name, hostnames) VALUES ($1, 'stenungsund', 'Stenungsund', '{}'), ($2, 'orust', 'Orust', '{}')`,
      [stenungsund, orust],
    );
    // A municipality's worth of staff, so that a scan would show in the plan.
    await pool.query(
      `INSERT INTO person (id, tenant_id, email, name, locale, active)
       SELECT CASE WHEN n = 1 THEN $2::uuid ELSE gen_random_uuid() END, $1, 'person' || n || '@stenungsund.se', 'Person ' || n, 'sv', true
         FROM generate_series(1, 2000) AS n`,
      [stenungsund, karin],
    );
    await pool.query(`INSERT INTO role_grant (tenant_id, person_id, role, source) VALUES ($1, $2, 'hr', 'manual')`, [
      stenungsund,
      karin,
    ]);
    await pool.query(`INSERT INTO session (sid, sess, expire) VALUES ('sid-karin', $1, now() + interval '1 hour')`, [
      JSON.stringify({ auth: { personId: karin, tenantId: stenungsund } }),
    ]);
    await pool.query('ANALYZE person');
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it("reads the session and its person's roles in the request's municipality", async () => {
    const { sess, preloaded } = await readSessionWithActor(pool, 'sid-karin', stenungsund);
    expect(sess).toEqual({ auth: { personId: karin, tenantId: stenungsund } });
    expect(preloaded).toEqual({
      sessionId: 'sid-karin',
      personId: karin,
      rows: [{ active: true, role: 'hr', org_unit_id: null }],
    });
  });

  it('finds no person for the same session in another municipality (row-level security)', async () => {
    const { preloaded } = await readSessionWithActor(pool, 'sid-karin', orust);
    expect(preloaded.rows).toEqual([]);
  });

  it('finds nothing for an unknown or expired session', async () => {
    await pool.query(`INSERT INTO session (sid, sess, expire) VALUES ('sid-old', $1, now() - interval '1 minute')`, [
      JSON.stringify({ auth: { personId: karin } }),
    ]);
    for (const sid of ['sid-none', 'sid-old']) {
      const { sess, preloaded } = await readSessionWithActor(pool, sid, stenungsund);
      expect(sess).toBeNull();
      expect(preloaded.rows).toEqual([]);
    }
  });

  it('prepares its statements once per connection, then only executes them', async () => {
    const single = new Pool({ connectionString: database.url, max: 1 });
    try {
      for (let i = 0; i < 3; i++) await readSessionWithActor(single, 'sid-karin', stenungsund);
      const { rows } = await single.query(
        `SELECT name FROM pg_prepared_statements WHERE name LIKE 'larnav\\_%' ORDER BY name`,
      );
      expect(rows.map((r) => r.name.replace(/_[0-9a-f]{12}$/, ''))).toEqual([
        'larnav_actor_of_session_person',
        'larnav_session_by_id',
      ]);
      expect((await readSessionWithActor(single, 'sid-karin', stenungsund)).preloaded.rows).toHaveLength(1);
    } finally {
      await single.end();
    }
  });

  it('looks the person up by the primary key, not by filtering the whole municipality', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `SELECT set_config('app.session_person', $1, true), set_config('app.tenant_id', $2, true),
                set_config('role', 'larnav_app', true)`,
        [karin, stenungsund],
      );
      const plan = (await client.query(`EXPLAIN (ANALYZE, COSTS OFF) ${ACTOR_OF_SESSION_PERSON}`)).rows
        .map((row) => row['QUERY PLAN'] as string)
        .join('\n');
      await client.query('ROLLBACK');
      expect(plan).toMatch(/Index Scan using "PK_[0-9a-f]+" on person p[^\n]*\n\s+Index Cond: \(id = /);
      expect(plan).not.toMatch(/Rows Removed by Filter/);
    } finally {
      client.release();
    }
  });
});
