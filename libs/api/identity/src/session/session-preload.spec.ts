import { runAsTenant } from '@larnav/api/db';
import { preloadingActors, takePreloadedActor } from './session-preload';

const TENANT = '11111111-2222-4333-8444-555555555555';
const PERSON = '66666666-7777-4888-8999-000000000000';

/** A pool that answers the three statements as PostgreSQL would, and keeps what it was sent. */
function pool(sess: object | null) {
  const sent: string[] = [];
  return {
    sent,
    async query(sql: string) {
      sent.push(sql);
      return [
        { rows: sess ? [{ sess, person_id: PERSON }] : [] },
        { rows: [{}] },
        { rows: sess ? [{ active: true, role: 'hr', org_unit_id: null }] : [] },
      ];
    },
  };
}

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
    expect(db.sent[0]).toContain(`set_config('app.tenant_id', '${TENANT}', true)`);
  });

  it('quotes the session id, and leaves requests without a municipality to the store', async () => {
    const db = pool(null);
    const fallback: string[] = [];
    const preloading = preloadingActors(store(fallback), db) as never;
    await runAsTenant(TENANT, () => get(preloading, "x' OR '1'='1"));
    expect(db.sent[0]).toContain(`sid = 'x'' OR ''1''=''1'`);
    await get(preloading, 'outside');
    expect(fallback).toEqual(['outside']);
  });
});
