import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import connectPgSimple from 'connect-pg-simple';
import session, { Store } from 'express-session';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import passport from 'passport';
import { DataSource } from 'typeorm';
import { IDENTITY_OPTIONS, IdentityOptions } from '../identity.options';
import './session-data';
import { preloadingActors } from './session-preload';
import { readSessionOnly, sessionIdOf } from './session-read';

export const SESSION_COOKIE = 'larnav.sid';

const HAS_SESSION_COOKIE = new RegExp(`(?:^|;)\\s*${SESSION_COOKIE.replace('.', '\\.')}=`);
// Both without regard to case, as Express routes: /api/Auth/me reaches the same controller.
/** Where a session may begin without a cookie: the sign-in flows keep their state in it. */
const STARTS_SESSIONS = /^\/api\/auth\/(oidc|saml)\//i;
/** Where a session changes (sign-in, sign-out, the CSRF token): always through express-session. */
const CHANGES_SESSIONS = /^\/api\/auth\//i;

/**
 * Server-side sessions in PostgreSQL, so any replica serves any request. The cookie is
 * httpOnly, SameSite=Lax (the IdP's redirect back is a top-level navigation) and Secure
 * whenever the request came over HTTPS. Idle timeout: the cookie and row expire after
 * LARNAV_SESSION_IDLE_MINUTES without a request (rolling; the row within a minute of the cookie).
 *
 * A request without the cookie has no session to read, and outside sign-in it starts none:
 * express-session is skipped for it, which would otherwise make and hash a new session id for
 * every cookieless request (health probes, integration tokens, anonymous pages). Passport runs
 * only where sign-in happens. The session row is still read from PostgreSQL on every request
 * that carries the cookie. Outside /api/auth, a session that this request will not change is
 * read without express-session's bookkeeping for changes (session-read.ts).
 */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  private readonly session: RequestHandler;
  private readonly passport = passport.initialize();
  private readonly store: Store;
  private readonly secrets: string[];

  constructor(dataSource: DataSource, @Inject(IDENTITY_OPTIONS) options: IdentityOptions) {
    const PgStore = connectPgSimple(session);
    const pool = (dataSource.driver as unknown as { master: unknown }).master;
    this.secrets = (options.LARNAV_SESSION_SECRET ?? '').split(',');
    this.store = preloadingActors(
      new PgStore({
        pool: pool as never,
        tableName: 'session',
        createTableIfMissing: false,
        pruneSessionInterval: 15 * 60,
        // No write on every request: the access guard marks the session seen at most once a minute.
        disableTouch: true,
      }),
      pool as never,
    );
    this.session = session({
      name: SESSION_COOKIE,
      secret: this.secrets,
      store: this.store,
      resave: false,
      saveUninitialized: false,
      // Not rolling: the cookie is sent again only when the session changes, i.e. when the access
      // guard marks it seen (at most once a minute), which also extends the row's expiry. Rolling
      // would sign and send a cookie with every response for the same effect (issue 8's profile).
      rolling: false,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: 'auto',
        maxAge: options.LARNAV_SESSION_IDLE_MINUTES * 60_000,
      },
    });
  }

  use(request: Request, response: Response, next: NextFunction): void {
    const path = request.path;
    const signingIn = STARTS_SESSIONS.test(path);
    if (!signingIn && !HAS_SESSION_COOKIE.test(request.headers.cookie ?? '')) return next();
    if (CHANGES_SESSIONS.test(path)) return this.withExpressSession(request, response, next, signingIn);
    const sessionId = sessionIdOf(request.headers.cookie, SESSION_COOKIE, this.secrets);
    if (!sessionId) return next();
    readSessionOnly(request, this.store, sessionId).then((read) => {
      // Whatever the rest of the request throws goes to Express, not to an unhandled rejection.
      try {
        if (read.kind === 'due') this.withExpressSession(request, response, next, false);
        else next();
      } catch (error) {
        next(error);
      }
    }, next);
  }

  private withExpressSession(request: Request, response: Response, next: NextFunction, signingIn: boolean): void {
    this.session(request, response, (error?: unknown) => {
      if (error || !signingIn) return next(error);
      this.passport(request, response, next);
    });
  }
}
