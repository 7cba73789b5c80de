import { parse as parseCookies } from 'cookie';
import { unsign } from 'cookie-signature';
import type { Request } from 'express';
import type { SessionData, Store } from 'express-session';
import type { SessionAuth } from './session-data';

/** How often an active session's idle timeout is extended (its row and cookie written again). */
export const SEEN_GRANULARITY_MS = 60_000;

/** Whether a request's use of its session is due to extend the idle timeout. */
export function dueToBeSeen(auth: SessionAuth, now: number): boolean {
  return now - (auth.lastSeenAt ?? auth.signedInAt) > SEEN_GRANULARITY_MS;
}

/**
 * Marks the session seen, at most once a minute: express-session then saves it, extending the
 * row's expiry and sending the cookie again. A read-only session is never due (the middleware
 * sends a due one through express-session), except in the moment between the two checks: it is
 * marked on its next request instead.
 */
export function markSeen(request: Request): void {
  const session = request.session;
  const auth = session?.auth;
  const now = Date.now();
  // A frozen session is one read without express-session (readSessionOnly), which would not save it.
  if (auth && !Object.isFrozen(session) && dueToBeSeen(auth, now)) auth.lastSeenAt = now;
}

/**
 * The session id a signed cookie carries, read as express-session reads it (`s:` and a
 * signature by one of the secrets, newest first), or null.
 */
export function sessionIdOf(cookieHeader: string | undefined, name: string, secrets: string[]): string | null {
  if (!cookieHeader) return null;
  const raw = parseCookies(cookieHeader)[name];
  if (!raw?.startsWith('s:')) return null;
  for (const secret of secrets) {
    const id = unsign(raw.slice(2), secret);
    if (id !== false) return id;
  }
  return null;
}

export type SessionRead = { kind: 'none' } | { kind: 'read-only' } | { kind: 'due'; sessionId: string };

/**
 * Most requests only read their session: express-session's bookkeeping for a change (hashing the
 * session twice, wrapping the response's headers and end) cost a twentieth of a progress event's
 * CPU (issue 8). This reads the session from the same store, as the same express-session
 * object, and freezes it, so a change that would not be saved fails loudly instead. A session
 * that this request will change (its idle timeout is due to be extended) is left to
 * express-session: `due`.
 */
export function readSessionOnly(request: Request, store: Store, sessionId: string): Promise<SessionRead> {
  return new Promise((resolve, reject) => {
    store.get(sessionId, (error, data) => {
      // As express-session: a store's ENOENT means no such session.
      if (error && (error as { code?: string }).code !== 'ENOENT') return reject(error);
      if (!data) return resolve({ kind: 'none' });
      const auth = (data as SessionData).auth;
      // express-session reads it again, once a minute a session: simpler than handing it this read.
      if (auth && dueToBeSeen(auth, Date.now())) return resolve({ kind: 'due', sessionId });
      // The very store express-session was given, which it also gave `generate` (for regenerate).
      request.sessionStore = store as Request['sessionStore'];
      request.sessionID = sessionId;
      const session = store.createSession(request, data);
      for (const part of [session, session.cookie, auth]) if (part) Object.freeze(part);
      resolve({ kind: 'read-only' });
    });
  });
}
