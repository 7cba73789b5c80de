import { Language, mailHtml } from '@larnav/api/notifications';
import { localTimeAt } from '@larnav/contracts';

/** What a person is told: booked (or promoted), the session moved, cancelled, or put on the waitlist. */
export type SessionNotice =
  | 'booked'
  | 'promoted'
  | 'moved'
  | 'booking-cancelled'
  | 'session-cancelled'
  | 'waitlisted'
  | 'declined';

export interface SessionMailInput {
  name: string;
  module: string;
  start: Date;
  end: Date;
  place: string | null;
  onlineLink: string | null;
  link: string;
  waitlistPosition?: number;
  /** The trainer's reason, for a cancelled session. */
  cancellationReason?: string | null;
}

/** A notice's subject, its main line, and paragraphs that follow it. */
interface NoticeText {
  subject: string;
  line: string;
  more?: string[];
}

/** "2027-07-01 09:00–12:00", or both dates for a session over several days; Stockholm time. */
export function sessionTimes(start: Date, end: Date): string {
  const [startDate, startTime] = localTimeAt(start).split('T');
  const [endDate, endTime] = localTimeAt(end).split('T');
  return startDate === endDate
    ? `${startDate} ${startTime}–${endTime}`
    : `${startDate} ${startTime} – ${endDate} ${endTime}`;
}

/** Where, for the mail and the invitation's LOCATION: the place, the link, or both. */
export function sessionWhere(place: string | null, onlineLink: string | null): string {
  return [place, onlineLink].filter(Boolean).join(', ');
}

const TEXTS: Record<Language, Record<SessionNotice, (i: SessionMailInput, when: string) => NoticeText>> = {
  sv: {
    booked: (i, when) => ({
      subject: `Bokad: ${i.module} ${when}`,
      line: `du har en plats på utbildningspasset ”${i.module}” ${when}.`,
    }),
    promoted: (i, when) => ({
      subject: `Du har fått en plats: ${i.module} ${when}`,
      line: `en plats blev ledig och du har flyttats från väntelistan till utbildningspasset ”${i.module}” ${when}.`,
    }),
    moved: (i, when) => ({
      subject: `Ändrad tid eller plats: ${i.module}`,
      line: `utbildningspasset ”${i.module}” har ändrats. Ny tid: ${when}.`,
    }),
    'booking-cancelled': (i, when) => ({
      subject: `Avbokad: ${i.module} ${when}`,
      line: `din bokning av utbildningspasset ”${i.module}” ${when} är avbokad.`,
    }),
    'session-cancelled': (i, when) => ({
      subject: `Inställt: ${i.module} ${when}`,
      line: `utbildningspasset ”${i.module}” ${when} är inställt.`,
      more: [
        ...(i.cancellationReason ? [`Anledning: ${i.cancellationReason}`] : []),
        'Du kan boka ett annat tillfälle.',
      ],
    }),
    waitlisted: (i, when) => ({
      subject: `Väntelista: ${i.module} ${when}`,
      line: `utbildningspasset ”${i.module}” ${when} är fullt. Du står på plats ${i.waitlistPosition} i väntelistan och får ett nytt mejl om en plats blir ledig.`,
    }),
    declined: (i, when) => ({
      subject: `Inte godkänd: ${i.module} ${when}`,
      line: `din chef har inte godkänt din bokning av utbildningspasset ”${i.module}” ${when}. Prata med din chef om ett annat tillfälle.`,
    }),
  },
  en: {
    booked: (i, when) => ({
      subject: `Booked: ${i.module} ${when}`,
      line: `you have a place on the session "${i.module}" ${when}.`,
    }),
    promoted: (i, when) => ({
      subject: `You have a place: ${i.module} ${when}`,
      line: `a place came free and you have moved from the waitlist to the session "${i.module}" ${when}.`,
    }),
    moved: (i, when) => ({
      subject: `New time or place: ${i.module}`,
      line: `the session "${i.module}" has changed. New time: ${when}.`,
    }),
    'booking-cancelled': (i, when) => ({
      subject: `Cancelled: ${i.module} ${when}`,
      line: `your booking of the session "${i.module}" ${when} is cancelled.`,
    }),
    'session-cancelled': (i, when) => ({
      subject: `Called off: ${i.module} ${when}`,
      line: `the session "${i.module}" ${when} has been called off.`,
      more: [...(i.cancellationReason ? [`Reason: ${i.cancellationReason}`] : []), 'You can book another session.'],
    }),
    waitlisted: (i, when) => ({
      subject: `Waitlist: ${i.module} ${when}`,
      line: `the session "${i.module}" ${when} is full. You are number ${i.waitlistPosition} on the waitlist and will be mailed if a place comes free.`,
    }),
    declined: (i, when) => ({
      subject: `Not approved: ${i.module} ${when}`,
      line: `your manager did not approve your booking of the session "${i.module}" ${when}. Talk to your manager about another session.`,
    }),
  },
};

/** Subject, plain text and HTML of a session mail in the person's language (times in Stockholm time). */
export function sessionMail(notice: SessionNotice, input: SessionMailInput, language: Language) {
  const when = sessionTimes(input.start, input.end);
  const { subject, line, more = [] } = TEXTS[language][notice](input, when);
  const greeting = language === 'en' ? `Hello ${input.name},` : `Hej ${input.name}!`;
  const where = sessionWhere(input.place, input.onlineLink);
  const whereLine = where ? (language === 'en' ? `Where: ${where}` : `Plats: ${where}`) : null;
  const zone = language === 'en' ? 'Times are Swedish time.' : 'Tiderna är svensk tid.';
  const open = language === 'en' ? 'Open the training' : 'Öppna utbildningen';
  const paragraphs = [
    greeting,
    line.charAt(0).toUpperCase() + line.slice(1),
    ...more,
    ...(whereLine ? [whereLine] : []),
    zone,
  ];
  return {
    subject,
    text: `${paragraphs.join('\n\n')}\n\n${open}: ${input.link}\n`,
    html: mailHtml(paragraphs, { href: input.link, label: open }),
  };
}
