import { Injectable } from '@nestjs/common';
import { AuditLog } from '@larnav/api/audit';
import { CatalogQueries, PublishedModule } from '@larnav/api/catalog';
import { EntityManager } from 'typeorm';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { CompletionService } from '@larnav/api/learning';
import { localTimeAt, ProblemCode } from '@larnav/contracts';
import { CompletionPart } from '@larnav/shared/catalog';
import { lockSession } from '../booking/booking.service';
import { SessionQueries } from '../booking/session-queries';
import type { AttendanceReportResponse, AttendanceReportRow, SessionBookingResponse } from '../dto/live-session.dto';
import { BookingStatus, LiveSession, LiveSessionBooking } from '../entities';
import { readTeamsReport, TeamsParticipant, TeamsReportError } from './teams-report';

/**
 * The trainer marks who came. Attended is the live-session part of the module's published
 * version: on its own it completes the version (with its certificate) unless the version also
 * requires the e-learning part; partly attended and no-show do not count.
 * Marked one by one on the attendance list, or from the report Teams exports.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditLog,
    private readonly catalog: CatalogQueries,
    private readonly completions: CompletionService,
    private readonly queries: SessionQueries,
  ) {}

  async mark(
    sessionId: string,
    bookingId: string,
    status: BookingStatus,
    actor: Actor,
  ): Promise<SessionBookingResponse> {
    // Looked up before the transaction: the catalog may read the region's shared modules on its own connection.
    const published = await this.catalog.published();
    await this.db.transaction(async (em) => {
      const session = await this.markable(em, sessionId);
      const booking = await em.findOneBy(LiveSessionBooking, { id: bookingId, sessionId });
      if (!booking)
        throw DomainError.notFound(ProblemCode.BookingNotFound, `The session has no booking with id ${bookingId}.`);
      if (!holdsPlace(booking)) {
        throw DomainError.conflict(
          ProblemCode.BookingNotFound,
          `Only people with a place can be marked; this booking is ${booking.status}.`,
        );
      }
      await this.markIn(em, session, booking, status, published, actor);
    });
    const detail = await this.queries.detail(sessionId);
    const marked = detail.bookings.find((b) => b.id === bookingId);
    if (!marked) throw new Error('The marked booking vanished');
    return marked;
  }

  /**
   * Marks attendance from a Teams attendance report, matched to bookings by e-mail, all in one
   * transaction. Every participant row gets an outcome; a row that matches no booked person
   * changes nothing. At least `ATTENDED_SHARE` of the session's length counts as attended.
   */
  async importTeamsReport(sessionId: string, file: Buffer, actor: Actor): Promise<AttendanceReportResponse> {
    let participants: TeamsParticipant[];
    try {
      participants = readTeamsReport(file);
    } catch (error) {
      if (!(error instanceof TeamsReportError)) throw error;
      throw DomainError.unprocessable(ProblemCode.AttendanceReportInvalid, error.message);
    }
    const published = await this.catalog.published();
    const rows = await this.db.transaction(async (em) => {
      const session = await this.markable(em, sessionId);
      const length = (session.endsAt.getTime() - session.startsAt.getTime()) / 1000;
      const emails = participants.map((p) => p.email).filter((e): e is string => e !== null);
      const booked: { person_id: string; email: string; booking_id: string }[] = await em.query(
        `SELECT p.id AS person_id, lower(p.email) AS email, b.id AS booking_id
           FROM person p LEFT JOIN live_session_booking b
             ON b.person_id = p.id AND b.session_id = $2 AND b.status NOT IN ('cancelled', 'waitlisted', 'pending-approval')
          WHERE lower(p.email) = ANY($1::text[])`,
        [emails, sessionId],
      );
      const outcomes: AttendanceReportRow[] = [];
      for (const participant of participants) {
        const row = { line: participant.line, name: participant.name, email: participant.email };
        const person = booked.find((b) => b.email === participant.email);
        if (!participant.email) outcomes.push({ ...row, outcome: 'no-email', bookingId: null });
        else if (!person) outcomes.push({ ...row, outcome: 'unknown-person', bookingId: null });
        else if (!person.booking_id) outcomes.push({ ...row, outcome: 'not-booked', bookingId: null });
        else if (participant.seconds === null)
          outcomes.push({ ...row, outcome: 'unreadable-duration', bookingId: person.booking_id });
        else {
          const status: BookingStatus = participant.seconds >= ATTENDED_SHARE * length ? 'attended' : 'partly-attended';
          const booking = await em.findOneByOrFail(LiveSessionBooking, { id: person.booking_id });
          await this.markIn(em, session, booking, status, published, actor);
          outcomes.push({ ...row, outcome: status, bookingId: booking.id });
        }
      }
      return outcomes;
    });
    return { rows, marked: rows.filter((r) => r.outcome === 'attended' || r.outcome === 'partly-attended').length };
  }

  /** The session, locked, if attendance can be marked on it now. */
  private async markable(em: EntityManager, sessionId: string): Promise<LiveSession> {
    const session = await lockSession(em, sessionId);
    if (session.status === 'cancelled') {
      throw DomainError.conflict(
        ProblemCode.LiveSessionCancelled,
        'The session was cancelled; there is no attendance to mark.',
      );
    }
    if (new Date() < session.startsAt) {
      throw DomainError.unprocessable(
        ProblemCode.ValidationFailed,
        `Attendance can be marked once the session has started (${localTimeAt(session.startsAt).replace('T', ' ')}, Swedish time).`,
      );
    }
    return session;
  }

  private async markIn(
    em: EntityManager,
    session: LiveSession,
    booking: LiveSessionBooking,
    status: BookingStatus,
    published: PublishedModule[],
    actor: Actor,
  ): Promise<void> {
    await em.update(LiveSessionBooking, { id: booking.id }, { status });
    if (status === 'attended') {
      const version = published.find((m) => m.id === session.moduleId);
      if (!version) {
        throw DomainError.unprocessable(
          ProblemCode.ModuleVersionNotFound,
          'The module has no published version yet, so attending cannot complete it. Publish it, then mark attendance again.',
        );
      }
      // One of the version's parts, or all it needs: the completion service decides. A version
      // whose e-learning the person finished and which waits for its session comes first.
      const awaiting = await this.completions.versionAwaitingSession(em, booking.personId, session.moduleId);
      await this.completions.recordPart(em, {
        tenantId: booking.tenantId,
        personId: booking.personId,
        moduleId: session.moduleId,
        version: awaiting ?? {
          id: version.versionId,
          number: version.versionNumber,
          title: version.title,
          completionRequirement: version.completionRequirement,
          partOrder: version.partOrder,
        },
        part: CompletionPart.LiveSession,
        sourceId: booking.id,
        // At the end of the session, or now when marked in the room before it ends: a part done
        // in the future would not count on My training or in coverage until then.
        doneAt: new Date(Math.min(session.endsAt.getTime(), Date.now())),
        sessionStartsAt: session.startsAt,
      });
    }
    await this.audit.record({
      action: 'live-session-attendance',
      actor,
      target: { type: 'person', id: booking.personId },
      details: { sessionId: session.id, bookingId: booking.id, status },
    });
  }
}

/** Share of the session's length a Teams participant must have been in the meeting to count as attended. */
export const ATTENDED_SHARE = 0.8;

function holdsPlace(booking: LiveSessionBooking): boolean {
  return !['waitlisted', 'cancelled', 'pending-approval'].includes(booking.status);
}
