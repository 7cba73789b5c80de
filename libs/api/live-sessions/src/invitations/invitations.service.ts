import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CatalogQueries } from '@larnav/api/catalog';
import { TenantDb } from '@larnav/api/db';
import { languageOf, Mailer, MailKind, OutboundMail } from '@larnav/api/notifications';
import { TenantService } from '@larnav/api/tenancy';
import { LiveSession, LiveSessionBooking } from '../entities';
import { invitationIcs } from './invitation';
import { SessionNotice, sessionMail, sessionWhere } from './invitation-texts';

/** What every mail about one session needs, looked up once per unit of work. */
export interface SessionMailContext {
  module: { sv: string; en: string | null };
  municipality: string;
  linkBase: string;
}

const KIND: Record<SessionNotice, MailKind> = {
  booked: 'session-invitation',
  promoted: 'session-invitation',
  moved: 'session-update',
  'booking-cancelled': 'session-cancellation',
  'session-cancelled': 'session-cancellation',
  waitlisted: 'session-waitlisted',
  declined: 'booking-declined',
};

/**
 * Mails about bookings, with the calendar invitation that keeps a person's calendar right:
 * a REQUEST when they get a place and whenever the session moves, a CANCEL when the booking or
 * the session is cancelled, always with the booking's one UID and a SEQUENCE raised after the
 * first. Written in the caller's transaction (the booking change and its mail commit together);
 * the caller dispatches them after the commit.
 */
@Injectable()
export class Invitations {
  constructor(
    private readonly db: TenantDb,
    private readonly mailer: Mailer,
    private readonly catalog: CatalogQueries,
    private readonly tenants: TenantService,
  ) {}

  async context(moduleId: string): Promise<SessionMailContext> {
    const [module, tenant] = await Promise.all([
      this.catalog.detail(moduleId),
      this.tenants.findById(this.db.tenantId()),
    ]);
    const host = tenant?.hostnames[0] ?? 'localhost';
    const local = host === 'localhost' || host.endsWith('.localhost');
    return {
      module: { sv: module.title, en: module.titleEn },
      municipality: tenant?.name ?? 'Lärnav',
      linkBase: `${local ? 'http' : 'https'}://${host}`,
    };
  }

  /**
   * Writes the mail for `notice` to the booking's person and records on the booking what
   * calendar message was sent. Returns null for a person who cannot be mailed (deactivated).
   */
  async notify(
    em: EntityManager,
    notice: SessionNotice,
    session: LiveSession,
    booking: LiveSessionBooking,
    context: SessionMailContext,
    waitlistPosition?: number,
  ): Promise<OutboundMail | null> {
    const [person]: { name: string; email: string; locale: string }[] = await em.query(
      `SELECT name, email, locale FROM person WHERE id = $1 AND active AND deprovisioned_at IS NULL`,
      [booking.personId],
    );
    if (!person) return null;
    const language = languageOf(person.locale);
    const module = (language === 'en' ? context.module.en : null) ?? context.module.sv;
    const link = `${context.linkBase}/my-training/${session.moduleId}`;
    const body = sessionMail(
      notice,
      {
        name: person.name,
        module,
        start: session.startsAt,
        end: session.endsAt,
        place: session.place,
        onlineLink: session.onlineLink,
        link,
        waitlistPosition,
        cancellationReason: session.cancellationReason,
      },
      language,
    );
    const method = calendarMethod(notice, booking.invited);
    let calendar: { method: 'REQUEST' | 'CANCEL'; content: string } | undefined;
    if (method) {
      // The first invitation is SEQUENCE 0; every later message about the booking is one higher.
      const sequence = booking.invited ? booking.icalSequence + 1 : booking.icalSequence;
      const sender = this.mailer.sender;
      calendar = {
        method,
        content: invitationIcs({
          uid: booking.icalUid,
          sequence,
          method,
          start: session.startsAt,
          end: session.endsAt,
          stamp: new Date(),
          summary: module,
          description: `${body.text}`,
          location: sessionWhere(session.place, session.onlineLink) || null,
          url: link,
          organizer: { name: context.municipality, email: sender.address },
          attendee: { name: person.name, email: person.email },
        }),
      };
      booking.icalSequence = sequence;
      booking.invited = true;
      await em.update(LiveSessionBooking, { id: booking.id }, { icalSequence: sequence, invited: true });
    }
    return this.mailer.write(em, { to: person.email, kind: KIND[notice], ...body, calendar });
  }

  dispatch(mails: (OutboundMail | null)[]): Promise<void> {
    return this.mailer.dispatch(mails.filter((m): m is OutboundMail => m !== null));
  }
}

/** Which iTIP message a notice carries: none for the waitlist, and no CANCEL for what was never sent. */
function calendarMethod(notice: SessionNotice, invited: boolean): 'REQUEST' | 'CANCEL' | null {
  switch (notice) {
    case 'booked':
    case 'promoted':
    case 'moved':
      return 'REQUEST';
    case 'booking-cancelled':
    case 'session-cancelled':
      return invited ? 'CANCEL' : null;
    case 'waitlisted':
      return null;
    case 'declined':
      // A pending booking was never invited: nothing to cancel in a calendar.
      return invited ? 'CANCEL' : null;
  }
}
