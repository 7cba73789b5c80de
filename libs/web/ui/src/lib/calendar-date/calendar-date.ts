import { TZDate } from '@date-fns/tz';
import { CALENDAR_TIME_ZONE, calendarDateAt, isValidCalendarDate } from '@larnav/contracts';
import { formatLocale } from '../i18n/translations';

/** `YYYY-MM-DD` in Europe/Stockholm: the dates people see and the API counts in. */
export type CalendarDate = string;

function parts(value: CalendarDate): [number, number, number] {
  const [year, month, day] = value.split('-').map(Number);
  return [year, month, day];
}

/** The same rule as the API's (shared in @larnav/contracts), as a type guard that takes null. */
export function isCalendarDate(value: string | null | undefined): value is CalendarDate {
  return typeof value === 'string' && isValidCalendarDate(value);
}

/** Today in Stockholm whatever the browser's zone, since that is the day the API counts in. */
export function todayInStockholm(now: Date = new Date()): CalendarDate {
  return calendarDateAt(now);
}

/** The date picker works in local Dates: a calendar date is that same day on the local calendar. */
export function calendarDateToLocalDate(value: CalendarDate): Date {
  const [year, month, day] = parts(value);
  return new Date(year, month - 1, day);
}

export function localDateToCalendarDate(date: Date): CalendarDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "15 januari 2024" / "15 January 2024". */
export function formatCalendarDate(value: CalendarDate, language: string): string {
  const [year, month, day] = parts(value);
  // UTC on both sides so the browser's zone cannot move the day.
  return new Intl.DateTimeFormat(formatLocale(language), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The calendar date `days` after (or before) another: "2024-02-28" + 1 is "2024-02-29". */
export function addCalendarDays(value: CalendarDate, days: number): CalendarDate {
  const [year, month, day] = parts(value);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

/** The last instant of a calendar date in Stockholm, as ISO 8601: what "valid through" means. */
export function endOfCalendarDay(value: CalendarDate): string {
  const [year, month, day] = parts(value);
  const instant = new TZDate(year, month - 1, day, 23, 59, 59, 999, CALENDAR_TIME_ZONE);
  return new Date(instant.getTime()).toISOString();
}
