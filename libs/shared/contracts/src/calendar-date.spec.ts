import {
  calendarDateAt,
  instantOfLocalTime,
  isValidCalendarDate,
  localTimeAt,
  previousCalendarDate,
} from './calendar-date';

describe('calendar dates in Europe/Stockholm', () => {
  it('takes the Stockholm date of an instant, not the UTC one', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm (UTC+1).
    expect(calendarDateAt(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    // In summer Stockholm is UTC+2: 22:30 UTC on 30 June is 00:30 on 1 July.
    expect(calendarDateAt(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(calendarDateAt(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });

  it('crosses the spring daylight-saving change (29 March 2026)', () => {
    expect(calendarDateAt(new Date('2026-03-28T22:59:00Z'))).toBe('2026-03-28');
    expect(calendarDateAt(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    // After the change midnight is 22:00 UTC.
    expect(calendarDateAt(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    expect(previousCalendarDate('2026-03-30')).toBe('2026-03-29');
    expect(previousCalendarDate('2026-03-29')).toBe('2026-03-28');
  });

  it('crosses the autumn change and month and leap-year ends', () => {
    expect(previousCalendarDate('2026-10-26')).toBe('2026-10-25');
    expect(previousCalendarDate('2024-03-01')).toBe('2024-02-29');
    expect(previousCalendarDate('2026-01-01')).toBe('2025-12-31');
  });

  it('accepts real dates only', () => {
    expect(isValidCalendarDate('2024-02-29')).toBe(true);
    expect(isValidCalendarDate('2023-02-29')).toBe(false);
    expect(isValidCalendarDate('2026-13-01')).toBe(false);
    expect(isValidCalendarDate('2026-1-01')).toBe(false);
    expect(isValidCalendarDate('yesterday')).toBe(false);
  });

  it('turns Stockholm wall-clock times into instants across summer time', () => {
    expect(instantOfLocalTime('2027-07-01T09:00')?.toISOString()).toBe('2027-07-01T07:00:00.000Z');
    expect(instantOfLocalTime('2027-01-14T09:00')?.toISOString()).toBe('2027-01-14T08:00:00.000Z');
    expect(localTimeAt(new Date('2027-07-01T07:00:00Z'))).toBe('2027-07-01T09:00');
    expect(localTimeAt(new Date('2027-01-14T08:00:00Z'))).toBe('2027-01-14T09:00');
    // 28 March 2027: 02:00 becomes 03:00, so 02:30 never happens.
    expect(instantOfLocalTime('2027-03-28T02:30')).toBeNull();
    expect(instantOfLocalTime('2027-03-28T03:00')?.toISOString()).toBe('2027-03-28T01:00:00.000Z');
    // 31 October 2027: 02:30 happens twice; the first, summer-time one is taken.
    expect(instantOfLocalTime('2027-10-31T02:30')?.toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(instantOfLocalTime('2027-02-30T09:00')).toBeNull();
    expect(instantOfLocalTime('2027-07-01T24:00')).toBeNull();
    expect(instantOfLocalTime('2027-07-01 09:00')).toBeNull();
  });
});
