import { escapeLiteral } from 'pg';
import type { Store } from 'express-session';
import { APP_ROLE, currentTenantScope } from '@larnav/api/db';

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
  query(sql: string): Promise<{ rows: Record<string, unknown>[] }[]>;
}

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
  const results = await pool.query(
    `SELECT sess, set_config('app.session_person', coalesce(sess -> 'auth' ->> 'personId', ''), true) AS person_id
       FROM "session" WHERE sid = ${escapeLiteral(sid)} AND expire >= to_timestamp(${now});
     SELECT set_config('app.tenant_id', '${tenantId}', true), set_config('role', '${APP_ROLE}', true);
     SELECT p.active, g.role, g.org_unit_id
       FROM person p LEFT JOIN role_grant g ON g.person_id = p.id
      WHERE p.id = CASE WHEN current_setting('app.session_person', true) ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                        THEN current_setting('app.session_person', true)::uuid END`,
  );
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
