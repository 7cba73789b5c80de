import { TZDate } from '@date-fns/tz';
import { format, isValid, parse, subDays } from 'date-fns';

/** Dates that people see (start, end, due) are calendar dates in this zone. */
export const CALENDAR_TIME_ZONE = 'Europe/Stockholm';

/** `YYYY-MM-DD`, a calendar date with no time and no zone. */
export const CALENDAR_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const CALENDAR_DATE_FORMAT = 'yyyy-MM-dd';

/** The calendar date in Europe/Stockholm at an instant. */
export function calendarDateAt(instant: Date): string {
  return format(new TZDate(instant.getTime(), CALENDAR_TIME_ZONE), CALENDAR_DATE_FORMAT);
}

/** True for a real date such as 2024-02-29; false for 2023-02-29 or 2026-13-01. */
export function isValidCalendarDate(value: string): boolean {
  return CALENDAR_DATE_PATTERN.test(value) && isValid(parseCalendarDate(value));
}

/** The day before a calendar date, e.g. the last day in the old unit before a transfer. */
export function previousCalendarDate(value: string): string {
  return format(subDays(parseCalendarDate(value), 1), CALENDAR_DATE_FORMAT);
}

// Local midnight is only a carrier for day arithmetic here; no instant leaves this file.
function parseCalendarDate(value: string): Date {
  return parse(value, CALENDAR_DATE_FORMAT, new Date(2000, 0, 1));
}
