import { withPercentage } from './coverage/coverage.engine';
import { moduleOnboarding } from './onboarding/onboarding.queries';
import { monthEnds } from './reports.service';

describe('monthEnds', () => {
  it('gives the last day of each month, oldest first, and today for the current one', () => {
    expect(monthEnds('2026-03-15', 4)).toEqual(['2025-12-31', '2026-01-31', '2026-02-28', '2026-03-15']);
    expect(monthEnds('2024-03-01', 2)).toEqual(['2024-02-29', '2024-03-01']);
    expect(monthEnds('2026-12-06', 1)).toEqual(['2026-12-06']);
    expect(monthEnds('2026-12-06', 24)[0]).toBe('2025-01-31');
  });
});

describe('coverage percentage', () => {
  it('leaves exempt people out of the denominator and says null when nobody counts', () => {
    const counts = { population: 5, compliant: 1, inProgress: 1, notStarted: 0, overdue: 2, exempt: 1 };
    expect(withPercentage(counts).percentage).toBe(25);
    expect(withPercentage({ ...counts, population: 4, overdue: 1 }).percentage).toBe(33.3);
    expect(withPercentage({ ...counts, population: 1, compliant: 0, inProgress: 0, overdue: 0 }).percentage).toBeNull();
    expect(withPercentage(undefined)).toMatchObject({ population: 0, percentage: null });
  });

  it('counts onboarding only over windows that have closed', () => {
    const row = {
      unitId: 'u',
      moduleId: 'm',
      hires: 4,
      required: 4,
      inTime: 1,
      late: 1,
      missed: 0,
      open: 1,
      exempt: 1,
    };
    expect(moduleOnboarding('m', row).percentage).toBe(50);
    expect(moduleOnboarding('m', { ...row, inTime: 0, late: 0 }).percentage).toBeNull();
  });
});
