import type { ScheduleSessionsInput, SessionOccurrence } from '@larnav/web/api-client';
import type { CalendarDate } from '@larnav/web/ui';
import { joinLocalTime, type LocalTime, shiftLocalTime } from '../shared/session-time';

/** The scheduling form as typed: times in Swedish local time, numbers as the fields hold them. */
export interface ScheduleForm {
  date: CalendarDate;
  startTime: string;
  /** A session may run over several days; the same day unless changed. */
  endDate: CalendarDate;
  endTime: string;
  /** How many identical sessions: 1 for one, more for a series. */
  count: string;
  /** Days between the sessions of a series (7: the same weekday each week). */
  everyDays: string;
  place: string;
  onlineLink: string;
  capacity: string;
  /** Days before the start that booking closes; empty: at the start. */
  bookingDaysBefore: string;
  /** Days before the start that learners may still cancel themselves; empty: until the start. */
  cancellationDaysBefore: string;
  /** The signed-in trainer leads the sessions. */
  iLead: boolean;
  unitIds: string[];
  requiresApproval: boolean;
}

export type ScheduleField =
  | 'time'
  | 'count'
  | 'everyDays'
  | 'place'
  | 'onlineLink'
  | 'capacity'
  | 'bookingDaysBefore'
  | 'cancellationDaysBefore';

/** Keys under `schedule.errors` in the texts. */
export type ScheduleErrors = Partial<Record<ScheduleField, string>>;

export const MAX_SERIES = 52;

export function emptyScheduleForm(date: CalendarDate): ScheduleForm {
  return {
    date,
    startTime: '09:00',
    endDate: date,
    endTime: '12:00',
    count: '1',
    everyDays: '7',
    place: '',
    onlineLink: '',
    capacity: '20',
    bookingDaysBefore: '',
    cancellationDaysBefore: '',
    iLead: true,
    unitIds: [],
    requiresApproval: false,
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function wholeNumber(value: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(value.trim())) return null;
  const n = Number(value.trim());
  return n >= min && n <= max ? n : null;
}

function optionalDays(value: string): number | null | 'invalid' {
  if (value.trim() === '') return null;
  return wholeNumber(value, 0, 365) ?? 'invalid';
}

/**
 * The request the form stands for, or what is wrong with it. Each occurrence is the first moved
 * by whole days, so a series stays at the same Swedish hour on both sides of a change to summer
 * time; deadlines are whole days before each start, at the hour it starts.
 */
export function scheduleRequest(
  form: ScheduleForm,
  moduleId: string,
  myPersonId: string | null,
): { input: ScheduleSessionsInput; errors: null } | { input: null; errors: ScheduleErrors } {
  const errors: ScheduleErrors = {};
  if (!TIME.test(form.startTime) || !TIME.test(form.endTime)) errors.time = 'timeFormat';
  else if (joinLocalTime(form.endDate, form.endTime) <= joinLocalTime(form.date, form.startTime))
    errors.time = 'endBeforeStart';
  const count = wholeNumber(form.count, 1, MAX_SERIES);
  if (count === null) errors.count = 'count';
  const everyDays = count === 1 ? 0 : wholeNumber(form.everyDays, 1, 365);
  if (everyDays === null) errors.everyDays = 'everyDays';
  const capacity = wholeNumber(form.capacity, 1, 10000);
  if (capacity === null) errors.capacity = 'capacity';
  const place = form.place.trim();
  const onlineLink = form.onlineLink.trim();
  if (!place && !onlineLink) errors.place = 'placeOrLink';
  if (onlineLink && !/^https:\/\/[^\s]+$/.test(onlineLink)) errors.onlineLink = 'link';
  const bookingDays = optionalDays(form.bookingDaysBefore);
  if (bookingDays === 'invalid') errors.bookingDaysBefore = 'days';
  const cancellationDays = optionalDays(form.cancellationDaysBefore);
  if (cancellationDays === 'invalid') errors.cancellationDaysBefore = 'days';
  if (Object.keys(errors).length > 0 || count === null || everyDays === null || capacity === null) {
    return { input: null, errors };
  }

  const startsAt: LocalTime = joinLocalTime(form.date, form.startTime);
  const endsAt: LocalTime = joinLocalTime(form.endDate, form.endTime);
  const occurrences: SessionOccurrence[] = Array.from({ length: count }, (_, i) => {
    const start = shiftLocalTime(startsAt, i * everyDays);
    return {
      startsAt: start,
      endsAt: shiftLocalTime(endsAt, i * everyDays),
      ...(typeof bookingDays === 'number' ? { bookingDeadline: shiftLocalTime(start, -bookingDays) } : {}),
      ...(typeof cancellationDays === 'number'
        ? { cancellationDeadline: shiftLocalTime(start, -cancellationDays) }
        : {}),
    };
  });
  return {
    errors: null,
    input: {
      moduleId,
      occurrences,
      ...(place ? { place } : {}),
      ...(onlineLink ? { onlineLink } : {}),
      capacity,
      trainerIds: form.iLead && myPersonId ? [myPersonId] : [],
      bookableOrgUnitIds: form.unitIds,
      requiresApproval: form.requiresApproval,
    },
  };
}
