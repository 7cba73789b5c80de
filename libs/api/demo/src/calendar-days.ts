/**
 * Day arithmetic on `YYYY-MM-DD` calendar dates. UTC is only the carrier: a calendar date has no
 * zone, and counting days in UTC never meets a daylight-saving change.
 */
const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** The same day `months` later, or the month's last day where it is shorter (31 Jan → 28 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const lastOfTarget = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(year, month - 1 + months, Math.min(day, lastOfTarget)) / DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function isWeekday(date: string): boolean {
  const weekday = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date itself when it is a weekday, else the Monday after: people start on working days. */
export function onOrAfterWeekday(date: string): string {
  let day = date;
  while (!isWeekday(day)) day = addDays(day, 1);
  return day;
}

export interface CalendarMonth {
  first: string;
  last: string;
}

/** The months from `from` to `to`, the first and last clipped to those dates. */
export function monthsBetween(from: string, to: string): CalendarMonth[] {
  const months: CalendarMonth[] = [];
  let first = from;
  while (first <= to) {
    const [year, month] = first.split('-').map(Number);
    const nextFirst = fromDayNumber(Date.UTC(year, month, 1) / DAY_MS);
    const last = addDays(nextFirst, -1);
    months.push({ first, last: last < to ? last : to });
    first = nextFirst;
  }
  return months;
}
