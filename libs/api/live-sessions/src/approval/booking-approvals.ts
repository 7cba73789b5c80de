import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditLog } from '@larnav/api/audit';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { languageOf, Mailer, OutboundMail } from '@larnav/api/notifications';
import { TeamService } from '@larnav/api/org';
import { calendarDateAt, ProblemCode } from '@larnav/contracts';
import { LiveSession, LiveSessionBooking } from '../entities';
import { Invitations, SessionMailContext } from '../invitations/invitations.service';
import { approvalRequestMail } from './approval-texts';
import { lockSession, placesTaken, sessionCancelled, waitlistLength } from '../booking/places';

/** A booking waiting for the asking manager, as "Att godkänna" lists it. */
export interface PendingApproval {
  bookingId: string;
  requestedAt: string;
  person: { id: string; name: string; email: string };
  session: {
    id: string;
    moduleId: string;
    moduleTitle: string;
    startsAt: string;
    endsAt: string;
    place: string | null;
  };
}

/**
 * Manager approval of bookings. A session that requires it takes a booking as `pending-approval`,
 * holding no place, and mails the booker's manager (TeamService.managerOf: their identity-system
 * manager, else their unit's chef). The manager who was asked approves or declines. Approving
 * locks the session's row, as every booking change does, and takes a free place (with the
 * calendar invitation) or the end of the waitlist, the queue counting from the approval: before
 * it the request could not fill a place. Declining cancels the booking and tells the learner.
 */
@Injectable()
export class BookingApprovals {
  constructor(
    private readonly db: TenantDb,
    private readonly team: TeamService,
    private readonly invitations: Invitations,
    private readonly mailer: Mailer,
    private readonly audit: AuditLog,
  ) {}

  /** In the booking's transaction (the session row locked): the pending booking and the manager's mail. */
  async request(
    em: EntityManager,
    session: LiveSession,
    personId: string,
    context: SessionMailContext,
    now: Date,
  ): Promise<{ bookingId: string; mails: (OutboundMail | null)[] }> {
    const manager = await this.team.managerOf(personId, calendarDateAt(now), em);
    if (!manager) {
      throw DomainError.unprocessable(
        ProblemCode.NoManagerForApproval,
        "This session needs your manager's approval, but Lärnav knows no manager for you. Ask your municipality's " +
          'Lärnav administrator to set the manager (chef) of your unit, or ask the trainer to book you.',
      );
    }
    const id = randomUUID();
    await em.insert(LiveSessionBooking, {
      id,
      tenantId: this.db.tenantId(),
      sessionId: session.id,
      personId,
      status: 'pending-approval',
      requestedAt: now,
      icalUid: `live-session-booking-${id}@larnav`,
      icalSequence: 0,
      invited: false,
      cancelledAt: null,
      approverId: manager.id,
      approval: null,
      approvalDecidedAt: null,
    });
    const [booker]: { name: string }[] = await em.query(`SELECT name FROM person WHERE id = $1`, [personId]);
    const language = languageOf(manager.locale);
    const message = approvalRequestMail(
      {
        to: manager.email,
        name: manager.name,
        booker: booker?.name ?? '',
        module: (language === 'en' ? context.module.en : null) ?? context.module.sv,
        start: session.startsAt,
        end: session.endsAt,
        link: `${context.linkBase}/my-team`,
      },
      language,
    );
    return { bookingId: id, mails: [await this.mailer.write(em, message)] };
  }

  /** The bookings waiting for this manager, soonest session first. */
  async pendingFor(managerId: string): Promise<PendingApproval[]> {
    const rows: {
      booking_id: string;
      requested_at: Date;
      person_id: string;
      name: string;
      email: string;
      session_id: string;
      module_id: string;
      starts_at: Date;
      ends_at: Date;
      place: string | null;
    }[] = await this.db.transaction((em) =>
      em.query(
        `SELECT b.id AS booking_id, b.requested_at, p.id AS person_id, p.name, p.email,
                s.id AS session_id, s.module_id, s.starts_at, s.ends_at, s.place
           FROM live_session_booking b
           JOIN person p ON p.id = b.person_id
           JOIN live_session s ON s.id = b.session_id
          WHERE b.approver_id = $1 AND b.status = 'pending-approval' AND s.status = 'scheduled'
          ORDER BY s.starts_at, p.name, b.id`,
        [managerId],
      ),
    );
    const titles = new Map<string, string>();
    for (const moduleId of new Set(rows.map((r) => r.module_id)))
      titles.set(moduleId, (await this.invitations.context(moduleId)).module.sv);
    return rows.map((r) => ({
      bookingId: r.booking_id,
      requestedAt: r.requested_at.toISOString(),
      person: { id: r.person_id, name: r.name, email: r.email },
      session: {
        id: r.session_id,
        moduleId: r.module_id,
        moduleTitle: titles.get(r.module_id) ?? r.module_id,
        startsAt: r.starts_at.toISOString(),
        endsAt: r.ends_at.toISOString(),
        place: r.place,
      },
    }));
  }

  /** The manager who was asked approves: a free place, else the waitlist. Returns the booking's new status. */
  approve(bookingId: string, actor: Actor): Promise<LiveSessionBooking['status']> {
    return this.decide(bookingId, actor, 'approved');
  }

  decline(bookingId: string, actor: Actor): Promise<LiveSessionBooking['status']> {
    return this.decide(bookingId, actor, 'declined');
  }

  private async decide(
    bookingId: string,
    actor: Actor,
    decision: 'approved' | 'declined',
  ): Promise<LiveSessionBooking['status']> {
    const [found]: { session_id: string }[] = await this.db.transaction((em) =>
      em.query(`SELECT session_id FROM live_session_booking WHERE id = $1 AND approver_id = $2`, [
        bookingId,
        actor.personId,
      ]),
    );
    // Someone else's booking, or none: 404, so a manager learns nothing of other teams' bookings.
    if (!found)
      throw DomainError.notFound(ProblemCode.BookingNotFound, `No booking with id ${bookingId} awaits your approval.`);
    const session0 = await this.db.transaction((em) => em.findOneByOrFail(LiveSession, { id: found.session_id }));
    const context = await this.invitations.context(session0.moduleId);
    const { status, mails } = await this.db.transaction(async (em) => {
      const session = await lockSession(em, found.session_id);
      const booking = await em.findOneByOrFail(LiveSessionBooking, { id: bookingId });
      if (booking.status !== 'pending-approval') {
        throw DomainError.conflict(
          ProblemCode.ApprovalNotPending,
          `The booking is no longer waiting for approval (it is ${booking.status}).`,
        );
      }
      if (session.status === 'cancelled') throw sessionCancelled();
      const now = new Date();
      if (decision === 'approved' && now >= session.startsAt) {
        throw DomainError.unprocessable(ProblemCode.BookingClosed, 'The session has already started.');
      }
      const mail = decision === 'declined' ? await this.declineIn(em, session, booking, context, now) : null;
      const placed = decision === 'approved' ? await this.placeIn(em, session, booking, context, now) : null;
      await this.audit.record({
        action: `booking-${decision}`,
        actor,
        target: { type: 'live-session-booking', id: booking.id },
        details: { sessionId: session.id, personId: booking.personId, status: booking.status },
      });
      return { status: booking.status, mails: [mail ?? placed] };
    });
    await this.invitations.dispatch(mails);
    return status;
  }

  private async placeIn(
    em: EntityManager,
    session: LiveSession,
    booking: LiveSessionBooking,
    context: SessionMailContext,
    now: Date,
  ): Promise<OutboundMail | null> {
    const taken = await placesTaken(em, session.id);
    booking.status = taken < session.capacity ? 'booked' : 'waitlisted';
    booking.requestedAt = now;
    await em.update(
      LiveSessionBooking,
      { id: booking.id },
      { status: booking.status, requestedAt: now, approval: 'approved', approvalDecidedAt: now },
    );
    return booking.status === 'booked'
      ? this.invitations.notify(em, 'booked', session, booking, context)
      : this.invitations.notify(em, 'waitlisted', session, booking, context, await waitlistLength(em, session.id));
  }

  private async declineIn(
    em: EntityManager,
    session: LiveSession,
    booking: LiveSessionBooking,
    context: SessionMailContext,
    now: Date,
  ): Promise<OutboundMail | null> {
    booking.status = 'cancelled';
    await em.update(
      LiveSessionBooking,
      { id: booking.id },
      { status: 'cancelled', cancelledAt: now, approval: 'declined', approvalDecidedAt: now },
    );
    return this.invitations.notify(em, 'declined', session, booking, context);
  }
}
