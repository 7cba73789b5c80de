import ICAL from 'ical.js';
import { invitationIcs, InvitationEvent } from './invitation';

const EVENT: InvitationEvent = {
  uid: 'booking-8e1c@stenungsund.test',
  sequence: 2,
  method: 'REQUEST',
  // 09:00–12:00 in Stockholm on 1 July 2027 (summer time, UTC+2).
  start: new Date('2027-07-01T07:00:00Z'),
  end: new Date('2027-07-01T10:00:00Z'),
  stamp: new Date('2027-06-01T12:34:56Z'),
  summary: 'Näringslivsperspektiv i myndighetsutövning',
  description: 'Välkommen!',
  location: 'Kommunfullmäktiges sessionssal',
  url: 'https://stenungsund.test/my-training/m1',
  organizer: { name: 'Stenungsunds kommun', email: 'larnav@stenungsund.se' },
  attendee: { name: 'Anna Andersson', email: 'anna@stenungsund.se' },
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const [event] = calendar.getAllSubcomponents('vevent');
  return { calendar, event };
}

describe('calendar invitations', () => {
  it('carries every property RFC 5546 requires of a REQUEST, times in UTC', () => {
    const ics = invitationIcs(EVENT);
    const { calendar, event } = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(event.getFirstPropertyValue('uid')).toBe(EVENT.uid);
    expect(event.getFirstPropertyValue('sequence')).toBe(2);
    expect(ics).toContain('DTSTART:20270701T070000Z');
    expect(ics).toContain('DTEND:20270701T100000Z');
    expect(ics).toContain('DTSTAMP:20270601T123456Z');
    expect(event.getFirstPropertyValue('summary')).toBe(EVENT.summary);
    expect(String(event.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:larnav@stenungsund.se');
    expect(String(event.getFirstProperty('attendee')?.getFirstValue()).toLowerCase()).toBe(
      'mailto:anna@stenungsund.se',
    );
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(calendar.getAllSubcomponents('vtimezone')).toEqual([]);
  });

  it('cancels with the same UID and the status CANCELLED', () => {
    const { calendar, event } = parse(invitationIcs({ ...EVENT, method: 'CANCEL', sequence: 3 }));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.getFirstPropertyValue('uid')).toBe(EVENT.uid);
    expect(event.getFirstPropertyValue('sequence')).toBe(3);
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('writes 09:00 Stockholm as 08:00Z in winter', () => {
    const ics = invitationIcs({
      ...EVENT,
      start: new Date('2027-01-14T08:00:00Z'),
      end: new Date('2027-01-14T11:00:00Z'),
    });
    expect(ics).toContain('DTSTART:20270114T080000Z');
  });
});
