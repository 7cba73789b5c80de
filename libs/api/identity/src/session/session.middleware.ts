import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { RequestHandler } from 'express';
import { DataSource } from 'typeorm';
import type { IdentityOptions } from '../identity.options';
import './session-data';

export const SESSION_COOKIE = 'larnav.sid';

/**
 * Server-side sessions in PostgreSQL, so any replica serves any request. The cookie is
 * httpOnly, SameSite=Lax (the IdP's redirect back is a top-level navigation) and Secure
 * whenever the request came over HTTPS. Idle timeout: the cookie and row expire after
 * LARNAV_SESSION_IDLE_MINUTES without a request (rolling; the row within a minute of the cookie).
 */
export function sessionMiddleware(dataSource: DataSource, options: IdentityOptions): RequestHandler {
  const PgStore = connectPgSimple(session);
  const pool = (dataSource.driver as unknown as { master: unknown }).master;
  return session({
    name: SESSION_COOKIE,
    secret: (options.LARNAV_SESSION_SECRET ?? '').split(','),
    store: new PgStore({
      pool: pool as never,
      tableName: 'session',
      createTableIfMissing: false,
      pruneSessionInterval: 15 * 60,
      // No write on every request: the access guard marks the session seen at most once a minute.
      disableTouch: true,
    }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: 'auto',
      maxAge: options.LARNAV_SESSION_IDLE_MINUTES * 60_000,
    },
  });
}
