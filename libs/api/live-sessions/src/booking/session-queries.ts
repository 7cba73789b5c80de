import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { calendarDateAt, localTimeAt, ProblemCode } from '@larnav/contracts';
import type {
  BookableSessionResponse,
  LiveSessionDetailResponse,
  LiveSessionResponse,
  MyBookingResponse,
  SessionBookingResponse,
} from '../dto/live-session.dto';
import type { BookingStatus } from '../entities';
import { openToPerson } from './open-to-person.sql';

/** Places taken: booked, and bookings whose attendance is marked (they held a place); a pending approval holds none. */
export const TAKES_PLACE = `status NOT IN ('cancelled', 'waitlisted', 'pending-approval')`;

const SESSIONS = `
  SELECT s.id, s.module_id, s.series_id, s.status, s.cancellation_reason, s.cancelled_at, s.starts_at, s.ends_at, s.place, s.online_link, s.capacity,
         s.trainer_ids, s.booking_deadline, s.cancellation_deadline, s.bookable_unit_ids, s.requires_approval,
         (SELECT count(*)::int FROM live_session_booking b WHERE b.session_id = s.id AND b.${TAKES_PLACE}) AS booked_count,
         (SELECT count(*)::int FROM live_session_booking b WHERE b.session_id = s.id AND b.status = 'waitlisted') AS waitlist_count
    FROM live_session s`;

/** A booking's place in its session's waitlist (from 1), or null when it is not waiting. */
const WAITLIST_POSITION = `CASE WHEN b.status = 'waitlisted' THEN (
    SELECT count(*)::int FROM live_session_booking w
     WHERE w.session_id = b.session_id AND w.status = 'waitlisted'
       AND (w.requested_at, w.id) <= (b.requested_at, b.id)) END`;

interface SessionRow {
  id: string;
  module_id: string;
  series_id: string | null;
  status: string;
  cancellation_reason: string | null;
  cancelled_at: Date | null;
  starts_at: Date;
  ends_at: Date;
  place: string | null;
  online_link: string | null;
  capacity: number;
  trainer_ids: string[];
  booking_deadline: Date;
  cancellation_deadline: Date;
  bookable_unit_ids: string[];
  requires_approval: boolean;
  booked_count: number;
  waitlist_count: number;
}

/** The read side of live sessions: lists for trainers and learners, the attendance list, my bookings. */
@Injectable()
export class SessionQueries {
  constructor(private readonly db: TenantDb) {}

  async list(moduleId: string | null): Promise<LiveSessionResponse[]> {
    const rows: SessionRow[] = await this.db.transaction((em) =>
      em.query(`${SESSIONS} WHERE ($1::uuid IS NULL OR s.module_id = $1) ORDER BY s.starts_at, s.id`, [moduleId]),
    );
    return rows.map(sessionResponse);
  }

  async detail(id: string): Promise<LiveSessionDetailResponse> {
    return this.db.transaction(async (em) => {
      const session = await this.one(em, id);
      const bookings: {
        id: string;
        person_id: string;
        name: string;
        email: string;
        status: BookingStatus;
        requested_at: Date;
        waitlist_position: number | null;
      }[] = await em.query(
        `SELECT b.id, b.person_id, p.name, p.email, b.status, b.requested_at, ${WAITLIST_POSITION} AS waitlist_position
           FROM live_session_booking b JOIN person p ON p.id = b.person_id
          WHERE b.session_id = $1
          ORDER BY (b.status = 'cancelled'), (b.status = 'waitlisted'), b.requested_at, b.id`,
        [id],
      );
      return {
        ...session,
        bookings: bookings.map(
          (b): SessionBookingResponse => ({
            id: b.id,
            personId: b.person_id,
            name: b.name,
            email: b.email,
            status: b.status,
            requestedAt: b.requested_at.toISOString(),
            waitlistPosition: b.waitlist_position,
          }),
        ),
      };
    });
  }

  async one(em: EntityManager, id: string): Promise<LiveSessionResponse> {
    const [row]: SessionRow[] = await em.query(`${SESSIONS} WHERE s.id = $1`, [id]);
    if (!row) throw sessionNotFound(id);
    return sessionResponse(row);
  }

  /** Upcoming, not cancelled sessions of a module that this person may book, with their own booking. */
  async bookable(moduleId: string, personId: string): Promise<BookableSessionResponse[]> {
    const now = new Date();
    return this.db.transaction(async (em) => {
      const rows: SessionRow[] = await em.query(
        `${SESSIONS} WHERE s.module_id = $1 AND s.status = 'scheduled' AND s.starts_at > $3
            AND ${openToPerson('$2', '$4')} ORDER BY s.starts_at, s.id`,
        [moduleId, personId, now, calendarDateAt(now)],
      );
      const mine = await this.bookingsOf(
        em,
        personId,
        rows.map((r) => r.id),
      );
      return rows.map((row) => {
        const own = mine.find((b) => b.session.id === row.id);
        return {
          ...sessionResponse(row),
          bookingOpen: now <= row.booking_deadline,
          myBooking: own
            ? { id: own.id, status: own.status, waitlistPosition: own.waitlistPosition, requestedAt: own.requestedAt }
            : null,
        };
      });
    });
  }

  /**
   * A person's bookings that are not cancelled, soonest first; of some sessions only, if given.
   * A booking the trainer's cancelling of the session ended stays (same instant), so the person
   * sees the session called off and why, instead of it silently disappearing.
   */
  async bookingsOf(em: EntityManager, personId: string, sessionIds?: string[]): Promise<MyBookingResponse[]> {
    const rows: (SessionRow & {
      booking_id: string;
      booking_status: BookingStatus;
      requested_at: Date;
      waitlist_position: number | null;
    })[] = await em.query(
      `SELECT x.*, b.id AS booking_id, b.status AS booking_status, b.requested_at, ${WAITLIST_POSITION} AS waitlist_position
         FROM live_session_booking b JOIN (${SESSIONS}) x ON x.id = b.session_id
        WHERE b.person_id = $1 AND (b.status <> 'cancelled' OR b.cancelled_at = x.cancelled_at) AND ($2::uuid[] IS NULL OR b.session_id = ANY($2::uuid[]))
        ORDER BY x.starts_at, x.id`,
      [personId, sessionIds ?? null],
    );
    return rows.map((r) => ({
      id: r.booking_id,
      status: r.booking_status,
      waitlistPosition: r.waitlist_position,
      requestedAt: r.requested_at.toISOString(),
      session: sessionResponse(r),
    }));
  }

  myBookings(personId: string): Promise<MyBookingResponse[]> {
    return this.db.transaction((em) => this.bookingsOf(em, personId));
  }
}

export function sessionNotFound(id: string): DomainError {
  return DomainError.notFound(ProblemCode.LiveSessionNotFound, `No live session with id ${id}.`);
}

function sessionResponse(row: SessionRow): LiveSessionResponse {
  return {
    id: row.id,
    moduleId: row.module_id,
    seriesId: row.series_id,
    status: row.status,
    cancellationReason: row.cancellation_reason,
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    startsLocal: localTimeAt(row.starts_at),
    endsLocal: localTimeAt(row.ends_at),
    place: row.place,
    onlineLink: row.online_link,
    capacity: row.capacity,
    trainerIds: row.trainer_ids,
    bookingDeadline: row.booking_deadline.toISOString(),
    bookingDeadlineLocal: localTimeAt(row.booking_deadline),
    cancellationDeadline: row.cancellation_deadline.toISOString(),
    cancellationDeadlineLocal: localTimeAt(row.cancellation_deadline),
    bookableOrgUnitIds: row.bookable_unit_ids,
    requiresApproval: row.requires_approval,
    bookedCount: row.booked_count,
    waitlistCount: row.waitlist_count,
    freePlaces: Math.max(0, row.capacity - row.booked_count),
  };
}
