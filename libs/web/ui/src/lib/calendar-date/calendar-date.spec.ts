import {
  addCalendarDays,
  calendarDateToLocalDate,
  endOfCalendarDay,
  formatCalendarDate,
  isCalendarDate,
  localDateToCalendarDate,
  todayInStockholm,
} from './calendar-date';

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-1-5')).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
  });

  it('counts today in Stockholm, not UTC, across the spring daylight-saving change', () => {
    // 23:30 UTC is already the next day in Stockholm: +1 h in winter, +2 h from 31 March 2024.
    expect(todayInStockholm(new Date('2024-03-30T23:30:00Z'))).toBe('2024-03-31');
    expect(todayInStockholm(new Date('2024-03-31T22:30:00Z'))).toBe('2024-04-01');
    expect(todayInStockholm(new Date('2024-03-31T21:30:00Z'))).toBe('2024-03-31');
  });

  it('round-trips through the local Date the picker uses', () => {
    expect(localDateToCalendarDate(calendarDateToLocalDate('2024-01-15'))).toBe('2024-01-15');
  });

  it('formats a long date in each language', () => {
    expect(formatCalendarDate('2024-01-15', 'sv')).toBe('15 januari 2024');
    expect(formatCalendarDate('2024-01-15', 'en')).toBe('15 January 2024');
  });

  it('counts days across a leap day and a year end', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addCalendarDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('ends a day at midnight in Stockholm, in winter and in summer time', () => {
    expect(endOfCalendarDay('2024-01-15')).toBe('2024-01-15T22:59:59.999Z');
    expect(endOfCalendarDay('2024-07-15')).toBe('2024-07-15T21:59:59.999Z');
  });
});
