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

/** `YYYY-MM-DDTHH:mm`, a wall-clock time in Europe/Stockholm with no offset (a session's start). */
export const LOCAL_DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * The instant a Stockholm wall-clock time names, or null for one that does not exist (the hour
 * skipped when summer time starts) or is no real date. In the autumn's repeated hour the first
 * (summer-time) instant is taken.
 */
export function instantOfLocalTime(local: string): Date | null {
  if (!LOCAL_DATE_TIME_PATTERN.test(local)) return null;
  const [date, time] = local.split('T');
  if (!isValidCalendarDate(date)) return null;
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  if (hour > 23 || minute > 59) return null;
  const instant = new Date(new TZDate(year, month - 1, day, hour, minute, CALENDAR_TIME_ZONE).getTime());
  // A skipped time comes back moved by the zone library: it does not exist.
  if (localTimeAt(instant) !== local) return null;
  const hourEarlier = new Date(instant.getTime() - 3_600_000);
  return localTimeAt(hourEarlier) === local ? hourEarlier : instant;
}

/** The Stockholm wall-clock time at an instant, as `YYYY-MM-DDTHH:mm`. */
export function localTimeAt(instant: Date): string {
  return format(new TZDate(instant.getTime(), CALENDAR_TIME_ZONE), "yyyy-MM-dd'T'HH:mm");
}
