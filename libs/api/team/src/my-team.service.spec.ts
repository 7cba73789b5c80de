import { isBehind, REMIND_WITHIN_DAYS } from './my-team.service';

describe('who is behind, for a manager to remind', () => {
  const today = '2026-12-07';

  it('counts the overdue, whatever their due date', () => {
    expect(isBehind('overdue', '2024-03-01', today)).toBe(true);
  });

  it('counts the not started and the begun only when the due date is at most two weeks away', () => {
    expect(REMIND_WITHIN_DAYS).toBe(14);
    expect(isBehind('not-started', '2026-12-21', today)).toBe(true);
    expect(isBehind('in-progress', '2026-12-21', today)).toBe(true);
    expect(isBehind('not-started', '2026-12-22', today)).toBe(false);
    expect(isBehind('not-started', null, today)).toBe(false);
  });

  it('never counts the compliant or the exempt', () => {
    expect(isBehind('compliant', null, today)).toBe(false);
    expect(isBehind('exempt', '2024-03-01', today)).toBe(false);
  });
});
