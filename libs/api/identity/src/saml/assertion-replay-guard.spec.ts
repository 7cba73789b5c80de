import type { PgThrottlerStorage } from '../rate-limit/pg-throttler.storage';
import { AssertionReplayGuard } from './assertion-replay-guard';

/** The rate-limit counters, in memory: how many times each key was seen. */
function counters(): PgThrottlerStorage {
  const seen = new Map<string, number>();
  return {
    increment: async (key: string) => {
      seen.set(key, (seen.get(key) ?? 0) + 1);
      return { totalHits: seen.get(key) ?? 0, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 };
    },
  } as unknown as PgThrottlerStorage;
}

describe('AssertionReplayGuard', () => {
  const now = Date.parse('2025-03-30T01:30:00Z');
  const at = (offsetMs: number) => new Date(now + offsetMs).toISOString();

  it('accepts an assertion once', async () => {
    const guard = new AssertionReplayGuard(counters());
    await guard.accept('idp', '_a1', at(-1_000), now);
    await expect(guard.accept('idp', '_a1', at(-1_000), now)).rejects.toThrow(/already used/);
    await guard.accept('idp', '_a2', at(-1_000), now);
    await guard.accept('another-idp', '_a1', at(-1_000), now);
  });

  it.each([
    ['without an issue instant', '_b1', undefined, /no IssueInstant/],
    ['issued in the future, beyond the clock skew', '_b2', at(2 * 60_000), /future/],
    ['issued too long ago', '_b3', at(-7 * 60_000), /too old/],
    ['without an ID', undefined, at(0), /no ID/],
  ])('refuses an assertion %s', async (_name, id, issued, reason) => {
    await expect(new AssertionReplayGuard(counters()).accept('idp', id, issued, now)).rejects.toThrow(reason);
  });
});
