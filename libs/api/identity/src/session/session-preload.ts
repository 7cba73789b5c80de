import type { Store } from 'express-session';
import { APP_ROLE, currentTenantScope, ensurePrepared, executeStatement, preparedStatement } from '@larnav/api/db';

/** The person's standing as read with their session: active flag, roles and HR scopes. */
export interface ActorRow {
  active: boolean;
  role: string | null;
  org_unit_id: string | null;
}

interface Preloaded {
  sessionId: string;
  personId: string | null;
  rows: ActorRow[];
}

/** Per request (its tenant scope object), what the session read brought along. */
const preloaded = new WeakMap<object, Preloaded>();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface SimplePool {
  connect(): Promise<{ query(sql: string): Promise<unknown>; release(): void }>;
}

/** The session by its id, unexpired at $2 (epoch seconds), its person id kept in a transaction-local setting. */
const SESSION_BY_ID = preparedStatement(
  'session_by_id',
  ['text', 'double precision'],
  `SELECT sess, set_config('app.session_person', coalesce(sess -> 'auth' ->> 'personId', ''), true) AS person_id
     FROM "session" WHERE sid = $1 AND expire >= to_timestamp($2)`,
);

/**
 * The person's active flag, roles and HR scopes, for the person id the session read carried in
 * `app.session_person`. The id is a sub-select, computed once, so that the person is found by
 * the primary key whatever the table's statistics say (a new database's, before autovacuum has
 * analysed it, had the regular expression tested on every person of the municipality instead).
 */
export const ACTOR_OF_SESSION_PERSON = `SELECT p.active, g.role, g.org_unit_id
  FROM person p LEFT JOIN role_grant g ON g.person_id = p.id
 WHERE p.id = (SELECT CASE WHEN current_setting('app.session_person', true) ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                           THEN current_setting('app.session_person', true)::uuid END)`;

const ACTOR = preparedStatement('actor_of_session_person', [], ACTOR_OF_SESSION_PERSON);

/**
 * The session row and its person's roles in one round trip, instead of one each (issue 8: every
 * signed-in request paid both). Three statements in one simple-protocol query run as one
 * implicit transaction: the session is read as the owner (sessions belong to no tenant), its
 * person id is carried in a transaction-local setting, then the role switches to `larnav_app`
 * with the request's tenant, so row-level security still decides which person row is visible.
 * The actor is still read fresh at every request; it is only read sooner.
 */
export async function readSessionWithActor(
  pool: SimplePool,
  sid: string,
  tenantId: string,
): Promise<{ sess: unknown; preloaded: Preloaded }> {
  if (!UUID.test(tenantId) || !/^[a-z_]+$/.test(APP_ROLE)) throw new Error('Unexpected tenant or role');
  const now = Math.ceil(Date.now() / 1000);
  const client = await pool.connect();
  let results: { rows: Record<string, unknown>[] }[];
  try {
    // Both statements are planned once per connection (prepared-statement.ts), then only executed.
    await ensurePrepared(client, SESSION_BY_ID, ACTOR);
    results = (await client.query(
      `${executeStatement(SESSION_BY_ID, [sid, now])};
       SELECT set_config('app.tenant_id', '${tenantId}', true), set_config('role', '${APP_ROLE}', true);
       ${executeStatement(ACTOR, [])}`,
    )) as typeof results;
  } finally {
    client.release();
  }
  const session = results[0].rows[0];
  const personId = (session?.['person_id'] as string | undefined) || null;
  return {
    sess: session ? (typeof session['sess'] === 'string' ? JSON.parse(session['sess']) : session['sess']) : null,
    preloaded: { sessionId: sid, personId, rows: results[2].rows as unknown as ActorRow[] },
  };
}

/**
 * Makes a session store's `get` read the person along with the session, when the request is for
 * a municipality; other reads (no tenant in scope) go to the store's own query.
 */
export function preloadingActors(store: Store, pool: SimplePool): Store {
  const ownGet = store.get.bind(store);
  store.get = (sid, callback) => {
    const scope = currentTenantScope();
    if (!scope) return ownGet(sid, callback);
    readSessionWithActor(pool, sid, scope.tenantId).then(
      (read) => {
        preloaded.set(scope, read.preloaded);
        callback(null, (read.sess ?? null) as never);
      },
      (error: unknown) => callback(error),
    );
  };
  return store;
}

/** The rows read with this request's session, once, if they are for this session and person. */
export function takePreloadedActor(sessionId: string, personId: string): ActorRow[] | null {
  const scope = currentTenantScope();
  const found = scope && preloaded.get(scope);
  if (!scope || !found) return null;
  preloaded.delete(scope);
  return found.sessionId === sessionId && found.personId === personId ? found.rows : null;
}
