import { addCalendarDays, type CalendarDate, formatLocale } from '@larnav/web/ui';

/** A Swedish wall-clock time as the API writes it: `YYYY-MM-DDTHH:mm`, Europe/Stockholm, no offset. */
export type LocalTime = string;

/** The date and the time of day of a local time. */
export function splitLocalTime(local: LocalTime): { date: CalendarDate; time: string } {
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

export function joinLocalTime(date: CalendarDate, time: string): LocalTime {
  return `${date}T${time}`;
}

/** The same wall-clock time `days` later (or earlier): a series keeps its hour across summer time. */
export function shiftLocalTime(local: LocalTime, days: number): LocalTime {
  const { date, time } = splitLocalTime(local);
  return joinLocalTime(addCalendarDays(date, days), time);
}

/** "tis 9 mars 2027" / "Tue, 9 Mar 2027": the day a session is on, read off its Swedish date. */
export function formatSessionDate(date: CalendarDate, language: string): string {
  const [year, month, day] = date.split('-').map(Number);
  // UTC on both sides: the date is already Swedish, the browser's zone must not move it.
  return new Intl.DateTimeFormat(formatLocale(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * When a session runs, in Swedish time: "tis 9 mars 2027, 09:00–12:00", or both days in full
 * when it runs over several.
 */
export function formatSessionTimes(startsLocal: LocalTime, endsLocal: LocalTime, language: string): string {
  const start = splitLocalTime(startsLocal);
  const end = splitLocalTime(endsLocal);
  if (start.date === end.date) return `${formatSessionDate(start.date, language)}, ${start.time}–${end.time}`;
  return `${formatSessionDate(start.date, language)} ${start.time} – ${formatSessionDate(end.date, language)} ${end.time}`;
}

/** A deadline written out: "tis 9 mars 2027 16:00". */
export function formatLocalTime(local: LocalTime, language: string): string {
  const { date, time } = splitLocalTime(local);
  return `${formatSessionDate(date, language)} ${time}`;
}
