import { resolveAt } from './at-query.dto';

describe('resolveAt', () => {
  const now = new Date('2026-07-01T21:59:00Z'); // 23:59 in Stockholm

  it('keeps a calendar date as it is', () => expect(resolveAt('2024-02-29', now)).toBe('2024-02-29'));
  it('takes the Stockholm date of an instant', () => expect(resolveAt('2026-07-01T22:30:00Z', now)).toBe('2026-07-02'));
  it('means today in Stockholm when absent', () => expect(resolveAt(undefined, now)).toBe('2026-07-01'));
});
