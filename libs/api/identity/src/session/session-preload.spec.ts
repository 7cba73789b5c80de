import { runAsTenant } from '@larnav/api/db';
import { preloadingActors, takePreloadedActor } from './session-preload';

const TENANT = '11111111-2222-4333-8444-555555555555';
const PERSON = '66666666-7777-4888-8999-000000000000';

/** A pool that answers the three statements as PostgreSQL would, and keeps what it was sent. */
function pool(sess: object | null) {
  const sent: string[] = [];
  const client = {
    released: 0,
    async query(sql: string) {
      sent.push(sql);
      if (sql.startsWith('PREPARE ')) return { rows: [] };
      return [
        { rows: sess ? [{ sess, person_id: PERSON }] : [] },
        { rows: [{}] },
        { rows: sess ? [{ active: true, role: 'hr', org_unit_id: null }] : [] },
      ];
    },
    release() {
      client.released++;
    },
  };
  return { sent, client, connect: async () => client };
}

/** What was sent to read the session, without the statements prepared once per connection. */
const executed = (sent: string[]) => sent.filter((sql) => !sql.startsWith('PREPARE '));

function store(fallback: string[] = []) {
  return {
    get: (sid: string, callback: (error: unknown, sess?: unknown) => void) => {
      fallback.push(sid);
      callback(null, null);
    },
  } as never;
}

function get(s: { get: (sid: string, cb: (e: unknown, v?: unknown) => void) => void }, sid: string) {
  return new Promise<unknown>((resolve, reject) => s.get(sid, (e, v) => (e ? reject(e) : resolve(v))));
}

describe('reading the session with its person', () => {
  it('hands the person rows to the same request, once, for that session and person only', async () => {
    const db = pool({ auth: { personId: PERSON } });
    const preloading = preloadingActors(store(), db) as never;
    await runAsTenant(TENANT, async () => {
      expect(await get(preloading, 'sid-1')).toEqual({ auth: { personId: PERSON } });
      expect(takePreloadedActor('sid-1', 'someone-else')).toBeNull();
      await get(preloading, 'sid-1');
      expect(takePreloadedActor('sid-1', PERSON)).toEqual([{ active: true, role: 'hr', org_unit_id: null }]);
      expect(takePreloadedActor('sid-1', PERSON)).toBeNull();
    });
    expect(executed(db.sent)).toHaveLength(2);
    expect(executed(db.sent)[0]).toContain(`set_config('app.tenant_id', '${TENANT}', true)`);
    // Prepared once on the connection, then only executed; the connection goes back each time.
    expect(db.sent.filter((sql) => sql.startsWith('PREPARE '))).toHaveLength(2);
    expect(db.client.released).toBe(2);
  });

  it('quotes the session id, and leaves requests without a municipality to the store', async () => {
    const db = pool(null);
    const fallback: string[] = [];
    const preloading = preloadingActors(store(fallback), db) as never;
    await runAsTenant(TENANT, () => get(preloading, "x' OR '1'='1"));
    expect(executed(db.sent)[0]).toMatch(/^EXECUTE larnav_session_by_id_\w+\('x'' OR ''1''=''1', \d+\)/);
    await get(preloading, 'outside');
    expect(fallback).toEqual(['outside']);
  });
});
