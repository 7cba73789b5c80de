import { formatMonth, formatPercentage, yearBefore } from './format';

describe('the dashboard formats', () => {
  it('writes percentages the Swedish and the English way', () => {
    expect(formatPercentage(87.5, 'sv')).toBe('87,5\u00a0%');
    expect(formatPercentage(87.5, 'en')).toBe('87.5%');
    expect(formatPercentage(100, 'sv')).toBe('100\u00a0%');
  });

  it('names the month of a month-end date', () => {
    expect(formatMonth('2026-03-31', 'sv')).toBe('mars 2026');
    expect(formatMonth('2026-03-31', 'en')).toBe('March 2026');
  });

  it('starts the default period a year back, 29 February on the 28th', () => {
    expect(yearBefore('2026-12-06')).toBe('2025-12-06');
    expect(yearBefore('2028-02-29')).toBe('2027-02-28');
  });
});
