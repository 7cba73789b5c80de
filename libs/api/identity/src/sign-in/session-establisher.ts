import type { Request } from 'express';
import type { SessionAuth } from '../session/session-data';

/** Where to go after signing in: a path on this site, never another origin. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/';
}

/**
 * Starts a fresh session for a person who just signed in. A new session id prevents session
 * fixation; whatever the pre-sign-in session held (the return path) is carried over.
 */
export async function establishSession(request: Request, auth: Omit<SessionAuth, 'signedInAt'>): Promise<string> {
  const returnTo = safeReturnTo(request.session.returnTo);
  await new Promise<void>((resolve, reject) => request.session.regenerate((e) => (e ? reject(e) : resolve())));
  request.session.auth = { ...auth, signedInAt: Date.now() };
  await new Promise<void>((resolve, reject) => request.session.save((e) => (e ? reject(e) : resolve())));
  return returnTo;
}

export function originOf(request: Request) {
  return { ip: request.ip ?? null, userAgent: request.get('user-agent') ?? null };
}
