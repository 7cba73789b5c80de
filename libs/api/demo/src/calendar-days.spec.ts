import { addDays, addMonths, isWeekday, monthsBetween, onOrAfterWeekday } from './calendar-days';

describe('calendar days', () => {
  it('counts days across month ends, leap days and the change to summer time', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('adds months, keeping to the end of a shorter month', () => {
    expect(addMonths('2024-07-01', 6)).toBe('2025-01-01');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
  });

  it('moves a weekend day to the Monday after', () => {
    expect(isWeekday('2026-11-27')).toBe(true); // a Friday
    expect(onOrAfterWeekday('2026-11-28')).toBe('2026-11-30');
  });

  it('splits a span into months, clipping the first and the last', () => {
    expect(monthsBetween('2023-12-15', '2024-02-10')).toEqual([
      { first: '2023-12-15', last: '2023-12-31' },
      { first: '2024-01-01', last: '2024-01-31' },
      { first: '2024-02-01', last: '2024-02-10' },
    ]);
  });
});
