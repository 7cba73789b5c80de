import type { LiveSession, MoveSessionInput } from '@larnav/web/api-client';
import type { CalendarDate } from '@larnav/web/ui';
import { joinLocalTime, splitLocalTime } from '../shared/session-time';

export interface MoveForm {
  date: CalendarDate;
  startTime: string;
  endDate: CalendarDate;
  endTime: string;
  place: string;
  onlineLink: string;
  capacity: string;
}

export type MoveErrors = Partial<Record<'time' | 'place' | 'onlineLink' | 'capacity', string>>;

export function moveFormOf(session: LiveSession): MoveForm {
  const start = splitLocalTime(session.startsLocal);
  const end = splitLocalTime(session.endsLocal);
  return {
    date: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    place: session.place ?? '',
    onlineLink: session.onlineLink ?? '',
    capacity: String(session.capacity),
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Only what changed: the API sends everyone booked an updated invitation when time or place
 * did, and deadlines left out keep their distance to the start.
 */
export function moveRequest(
  session: LiveSession,
  form: MoveForm,
): { changes: MoveSessionInput; errors: null } | { changes: null; errors: MoveErrors } {
  const errors: MoveErrors = {};
  const startsAt = joinLocalTime(form.date, form.startTime);
  const endsAt = joinLocalTime(form.endDate, form.endTime);
  if (!TIME.test(form.startTime) || !TIME.test(form.endTime)) errors.time = 'timeFormat';
  else if (endsAt <= startsAt) errors.time = 'endBeforeStart';
  const place = form.place.trim();
  const onlineLink = form.onlineLink.trim();
  if (!place && !onlineLink) errors.place = 'placeOrLink';
  if (onlineLink && !/^https:\/\/[^\s]+$/.test(onlineLink)) errors.onlineLink = 'link';
  const capacity = /^\d+$/.test(form.capacity.trim()) ? Number(form.capacity.trim()) : NaN;
  if (!(capacity >= 1 && capacity <= 10000)) errors.capacity = 'capacity';
  if (Object.keys(errors).length > 0) return { changes: null, errors };

  const changes: MoveSessionInput = {};
  if (startsAt !== session.startsLocal) changes.startsAt = startsAt;
  if (endsAt !== session.endsLocal) changes.endsAt = endsAt;
  if (place !== (session.place ?? '')) changes.place = place || null;
  if (onlineLink !== (session.onlineLink ?? '')) changes.onlineLink = onlineLink || null;
  if (capacity !== session.capacity) changes.capacity = capacity;
  return { changes, errors: null };
}
