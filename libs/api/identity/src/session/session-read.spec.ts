import { sign } from 'cookie-signature';
import type { Request } from 'express';
import session, { MemoryStore, SessionData } from 'express-session';
import './session-data';
import { markSeen, readSessionOnly, SEEN_GRANULARITY_MS, sessionIdOf } from './session-read';

const NAME = 'larnav.sid';
const cookieOf = (id: string, secret: string) => `other=1; ${NAME}=${encodeURIComponent(`s:${sign(id, secret)}`)}`;

describe('sessionIdOf', () => {
  it('reads the id signed by the current or an older secret', () => {
    expect(sessionIdOf(cookieOf('abc', 'new-secret'), NAME, ['new-secret', 'old-secret'])).toBe('abc');
    expect(sessionIdOf(cookieOf('abc', 'old-secret'), NAME, ['new-secret', 'old-secret'])).toBe('abc');
  });

  it('refuses a cookie signed by another secret, tampered with, unsigned, or missing', () => {
    expect(sessionIdOf(cookieOf('abc', 'guess'), NAME, ['new-secret'])).toBeNull();
    const tampered = cookieOf('abc', 'new-secret').replace('abc', 'abd');
    expect(sessionIdOf(tampered, NAME, ['new-secret'])).toBeNull();
    expect(sessionIdOf(`${NAME}=abc`, NAME, ['new-secret'])).toBeNull();
    expect(sessionIdOf('other=1', NAME, ['new-secret'])).toBeNull();
    expect(sessionIdOf(undefined, NAME, ['new-secret'])).toBeNull();
  });
});

describe('readSessionOnly', () => {
  const store = new MemoryStore();
  // As in the app: express-session is set up with the store, which gives it `generate`.
  session({ secret: 'new-secret', store, resave: false, saveUninitialized: false });
  const put = (id: string, data: Partial<SessionData>) =>
    new Promise<void>((resolve) =>
      store.set(
        id,
        { cookie: { originalMaxAge: 60_000, expires: new Date(Date.now() + 60_000) }, ...data } as SessionData,
        () => resolve(),
      ),
    );
  const auth = (lastSeenAt: number) => ({
    personId: 'p',
    tenantId: 't',
    signedInAt: lastSeenAt,
    lastSeenAt,
    method: 'oidc' as const,
  });

  it('gives the request its session, frozen: a change that would not be saved fails', async () => {
    await put('fresh', { auth: auth(Date.now()) });
    const request = {} as Request;
    expect(await readSessionOnly(request, store, 'fresh')).toEqual({ kind: 'read-only' });
    expect(request.sessionID).toBe('fresh');
    expect(request.session.auth?.personId).toBe('p');
    expect(() => Object.assign(request.session, { returnTo: '/' })).toThrow(TypeError);
    expect(() => Object.assign(request.session.auth ?? {}, { lastSeenAt: 1 })).toThrow(TypeError);
    // Not due, and not markable even if it were: left as read.
    markSeen(request);
    expect(request.session.auth?.lastSeenAt).toBeLessThanOrEqual(Date.now());
  });

  it('leaves a session due to be marked seen to express-session', async () => {
    await put('due', { auth: auth(Date.now() - SEEN_GRANULARITY_MS - 1_000) });
    const request = {} as Request;
    expect(await readSessionOnly(request, store, 'due')).toEqual({ kind: 'due', sessionId: 'due' });
    expect(request.session).toBeUndefined();
  });

  it('says so when the store has no such session', async () => {
    const request = {} as Request;
    expect(await readSessionOnly(request, store, 'gone')).toEqual({ kind: 'none' });
    expect(request.session).toBeUndefined();
  });

  it('can still end a read-only session', async () => {
    await put('ending', { auth: auth(Date.now()) });
    const request = {} as Request;
    await readSessionOnly(request, store, 'ending');
    await new Promise<void>((resolve) => request.session.destroy(() => resolve()));
    expect(request.session).toBeUndefined();
    expect(await readSessionOnly({} as Request, store, 'ending')).toEqual({ kind: 'none' });
  });
});

describe('markSeen', () => {
  it('marks a session express-session manages once it is due, and not before', () => {
    const now = Date.now();
    const seen = { personId: 'p', tenantId: 't', signedInAt: now - 10 * SEEN_GRANULARITY_MS, method: 'oidc' as const };
    const request = { session: { auth: { ...seen, lastSeenAt: now - 1_000 } } } as unknown as Request;
    markSeen(request);
    expect(request.session.auth?.lastSeenAt).toBe(now - 1_000);
    request.session.auth = { ...seen, lastSeenAt: now - SEEN_GRANULARITY_MS - 1 };
    markSeen(request);
    expect(request.session.auth?.lastSeenAt).toBeGreaterThanOrEqual(now);
  });
});
