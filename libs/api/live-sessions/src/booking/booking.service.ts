import { randomUUID } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { OutboundMail } from '@larnav/api/notifications';
import { calendarDateAt, ProblemCode } from '@larnav/contracts';
import type { MyBookingResponse } from '../dto/live-session.dto';
import { LiveSession, LiveSessionBooking } from '../entities';
import { Invitations, SessionMailContext } from '../invitations/invitations.service';
import { BookingApprovals } from '../approval/booking-approvals';
import { openToPerson } from './open-to-person.sql';
import { lockSession, placesTaken, sessionCancelled, swedish, waitlistLength } from './places';
import { SessionQueries, sessionNotFound } from './session-queries';

export { lockSession, placesTaken, sessionCancelled, swedish, waitlistLength } from './places';

/**
 * Booking, race-safe: every change to a session's places happens with the session's row locked
 * (`SELECT … FOR UPDATE`), so counting the places taken and taking one is one step however many
 * people book the last place at once; a partial unique index (one booking that is not cancelled
 * per person and session) stands behind it. A freed place goes to the first on the waitlist in
 * the same transaction, and every change writes its mail (with its calendar message) in it too.
 */
@Injectable()
export class BookingService {
  constructor(
    private readonly db: TenantDb,
    private readonly invitations: Invitations,
    private readonly queries: SessionQueries,
    private readonly approvals: BookingApprovals,
  ) {}

  async book(sessionId: string, actor: Actor): Promise<MyBookingResponse> {
    const personId = personOf(actor);
    const context = await this.contextOf(sessionId);
    const { bookingId, mails } = await this.db.transaction(async (em) => {
      const session = await lockSession(em, sessionId);
      const now = new Date();
      if (session.status === 'cancelled') throw sessionCancelled();
      if (now > session.bookingDeadline) {
        throw DomainError.unprocessable(
          ProblemCode.BookingClosed,
          `Booking for this session closed at ${swedish(session.bookingDeadline)} (Swedish time).`,
        );
      }
      const [{ open }] = await em.query(
        `SELECT ${openToPerson('$2', '$3')} AS open FROM live_session s WHERE s.id = $1`,
        [sessionId, personId, calendarDateAt(now)],
      );
      if (!open) {
        throw new DomainError(
          HttpStatus.FORBIDDEN,
          ProblemCode.BookingNotOpenToUnit,
          'This session is open only to staff of other departments or units.',
        );
      }
      const [held] = await em.query(
        `SELECT status FROM live_session_booking WHERE session_id = $1 AND person_id = $2 AND status <> 'cancelled'`,
        [sessionId, personId],
      );
      if (held) {
        throw DomainError.conflict(
          ProblemCode.AlreadyBooked,
          held.status === 'waitlisted'
            ? 'You are already on the waitlist for this session.'
            : 'You already have a place on this session.',
        );
      }
      if (session.requiresApproval) {
        // Holds no place until the manager approves; then it takes a free place or the waitlist.
        const pending = await this.approvals.request(em, session, personId, context, now);
        return { bookingId: pending.bookingId, mails: pending.mails };
      }
      const taken = await placesTaken(em, sessionId);
      const id = randomUUID();
      const booking = em.create(LiveSessionBooking, {
        id,
        tenantId: this.db.tenantId(),
        sessionId,
        personId,
        status: taken < session.capacity ? 'booked' : 'waitlisted',
        requestedAt: now,
        icalUid: `live-session-booking-${id}@larnav`,
        icalSequence: 0,
        invited: false,
        cancelledAt: null,
      });
      await em.insert(LiveSessionBooking, booking);
      const mail =
        booking.status === 'booked'
          ? await this.invitations.notify(em, 'booked', session, booking, context)
          : await this.invitations.notify(
              em,
              'waitlisted',
              session,
              booking,
              context,
              await waitlistLength(em, sessionId),
            );
      return { bookingId: id, mails: [mail] };
    });
    await this.invitations.dispatch(mails);
    return this.own(bookingId, personId);
  }

  /** A learner cancels their own booking or waitlist place (before the cancellation deadline). */
  async cancelOwn(bookingId: string, actor: Actor): Promise<MyBookingResponse> {
    const personId = personOf(actor);
    const [found]: { session_id: string }[] = await this.db.transaction((em) =>
      em.query(`SELECT session_id FROM live_session_booking WHERE id = $1 AND person_id = $2`, [bookingId, personId]),
    );
    if (!found) throw bookingNotFound(bookingId);
    const context = await this.contextOf(found.session_id);
    const mails = await this.db.transaction(async (em) => {
      const session = await lockSession(em, found.session_id);
      const booking = await em.findOneByOrFail(LiveSessionBooking, { id: bookingId });
      if (booking.status === 'cancelled') return [];
      if (booking.status !== 'booked' && booking.status !== 'waitlisted' && booking.status !== 'pending-approval') {
        throw DomainError.conflict(ProblemCode.CancellationClosed, 'Attendance is already marked for this booking.');
      }
      if (new Date() > session.cancellationDeadline) {
        throw DomainError.unprocessable(
          ProblemCode.CancellationClosed,
          `Bookings could be cancelled until ${swedish(session.cancellationDeadline)} (Swedish time). Contact the trainer.`,
        );
      }
      return this.release(em, session, booking, context);
    });
    await this.invitations.dispatch(mails);
    return this.own(bookingId, personId);
  }

  /**
   * Cancels a booking (the session row already locked) and, when it held a place, gives the
   * place to the first on the waitlist: both in the caller's transaction.
   */
  async release(
    em: EntityManager,
    session: LiveSession,
    booking: LiveSessionBooking,
    context: SessionMailContext,
  ): Promise<(OutboundMail | null)[]> {
    const heldPlace = booking.status === 'booked';
    booking.status = 'cancelled';
    booking.cancelledAt = new Date();
    await em.update(LiveSessionBooking, { id: booking.id }, { status: 'cancelled', cancelledAt: booking.cancelledAt });
    const mails = [await this.invitations.notify(em, 'booking-cancelled', session, booking, context)];
    if (heldPlace) mails.push(...(await this.promote(em, session, context)));
    return mails;
  }

  /** Fills free places from the waitlist, first come first served (the session row locked). */
  async promote(
    em: EntityManager,
    session: LiveSession,
    context: SessionMailContext,
  ): Promise<(OutboundMail | null)[]> {
    const free = session.capacity - (await placesTaken(em, session.id));
    if (free <= 0) return [];
    const next = await em.find(LiveSessionBooking, {
      where: { sessionId: session.id, status: 'waitlisted' },
      order: { requestedAt: 'ASC', id: 'ASC' },
      take: free,
    });
    const mails: (OutboundMail | null)[] = [];
    for (const booking of next) {
      booking.status = 'booked';
      await em.update(LiveSessionBooking, { id: booking.id }, { status: 'booked' });
      mails.push(await this.invitations.notify(em, 'promoted', session, booking, context));
    }
    return mails;
  }

  async contextOf(sessionId: string): Promise<SessionMailContext> {
    const [row]: { module_id: string }[] = await this.db.transaction((em) =>
      em.query(`SELECT module_id FROM live_session WHERE id = $1`, [sessionId]),
    );
    if (!row) throw sessionNotFound(sessionId);
    return this.invitations.context(row.module_id);
  }

  async own(bookingId: string, personId: string): Promise<MyBookingResponse> {
    const mine = await this.db.transaction((em) =>
      em.query(`SELECT session_id FROM live_session_booking WHERE id = $1`, [bookingId]).then(async ([row]) => {
        const all = await this.queries.bookingsOf(em, personId, [row.session_id]);
        return all.find((b) => b.id === bookingId) ?? null;
      }),
    );
    if (mine) return mine;
    // A cancelled booking is no longer among "my bookings"; answer with what it was.
    return this.db.transaction(async (em) => {
      const booking = await em.findOneByOrFail(LiveSessionBooking, { id: bookingId });
      return {
        id: booking.id,
        status: booking.status,
        waitlistPosition: null,
        requestedAt: booking.requestedAt.toISOString(),
        session: await this.queries.one(em, booking.sessionId),
      };
    });
  }
}

export function personOf(actor: Actor): string {
  if (!actor.personId) {
    throw new DomainError(HttpStatus.FORBIDDEN, ProblemCode.Forbidden, 'Only a signed-in person can book a session.');
  }
  return actor.personId;
}

export function bookingNotFound(id: string): DomainError {
  return DomainError.notFound(ProblemCode.BookingNotFound, `You have no booking with id ${id}.`);
}
