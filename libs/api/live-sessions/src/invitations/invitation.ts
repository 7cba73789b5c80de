import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { CalendarMethod } from '@larnav/api/notifications';

export interface InvitationEvent {
  /** The booking's UID: the same for every message about it, so calendars update one event. */
  uid: string;
  sequence: number;
  method: CalendarMethod;
  start: Date;
  end: Date;
  /** When it is sent (DTSTAMP). */
  stamp: Date;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

/**
 * One event as an iTIP message (RFC 5546): METHOD, UID, SEQUENCE, DTSTAMP, ORGANIZER and the
 * one ATTENDEE, times in UTC (no VTIMEZONE to get wrong). A CANCEL carries the same UID with
 * STATUS:CANCELLED, which Outlook and Google Calendar take as removing the event they have.
 */
export function invitationIcs(event: InvitationEvent): string {
  const calendar = ical({
    prodId: { company: 'Lärnav', product: 'live-sessions', language: 'SV' },
    method: event.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    stamp: event.stamp,
    start: event.start,
    end: event.end,
    summary: event.summary,
    description: event.description,
    location: event.location,
    url: event.url,
    status: event.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: event.organizer,
    attendees: [
      {
        name: event.attendee.name,
        email: event.attendee.email,
        role: ICalAttendeeRole.REQ,
        status: event.method === 'CANCEL' ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED,
      },
    ],
  });
  return calendar.toString();
}
