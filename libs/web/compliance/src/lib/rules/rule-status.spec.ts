import { ruleStatus } from './rule-status';

describe("a rule's status", () => {
  const today = '2026-03-01';
  it('is upcoming before its first day, and in force from it', () => {
    expect(ruleStatus({ validFrom: '2026-03-02', validTo: null }, today)).toBe('upcoming');
    expect(ruleStatus({ validFrom: today, validTo: null }, today)).toBe('active');
  });
  it('is ending up to its last day, and ended after it', () => {
    expect(ruleStatus({ validFrom: '2026-01-01', validTo: today }, today)).toBe('ending');
    expect(ruleStatus({ validFrom: '2026-01-01', validTo: '2026-02-28' }, today)).toBe('ended');
  });
});
