import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditLog } from '@larnav/api/audit';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { instantOfLocalTime, ProblemCode } from '@larnav/contracts';
import { OutboundMail } from '@larnav/api/notifications';
import { BookingService, lockSession, sessionCancelled } from '../booking/booking.service';
import { SessionQueries, TAKES_PLACE } from '../booking/session-queries';
import type {
  CancelSessionDto,
  LiveSessionResponse,
  MoveSessionDto,
  ScheduleSessionsDto,
} from '../dto/live-session.dto';
import { LiveSession, LiveSessionBooking } from '../entities';
import { Invitations } from '../invitations/invitations.service';

interface Times {
  startsAt: Date;
  endsAt: Date;
  bookingDeadline: Date;
  cancellationDeadline: Date;
}

/** Trainers schedule sessions (one, or a series in one go), move them and cancel them; nothing is deleted. */
@Injectable()
export class SchedulingService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditLog,
    private readonly invitations: Invitations,
    private readonly booking: BookingService,
    private readonly queries: SessionQueries,
  ) {}

  async schedule(input: ScheduleSessionsDto, actor: Actor): Promise<LiveSessionResponse[]> {
    if (!input.place && !input.onlineLink) {
      throw DomainError.unprocessable(ProblemCode.ValidationFailed, 'Give a place, an online meeting link, or both.');
    }
    // The module must be one this municipality can see (its own or a shared one).
    await this.invitations.context(input.moduleId);
    const times = input.occurrences.map((o, index) =>
      timesOf(o.startsAt, o.endsAt, o.bookingDeadline, o.cancellationDeadline, `occurrences[${index}]`),
    );
    const seriesId = times.length > 1 ? randomUUID() : null;
    const ids = await this.db.transaction(async (em) => {
      await this.assertPeople(em, input.trainerIds ?? []);
      await this.assertUnits(em, input.bookableOrgUnitIds ?? []);
      const sessions = times.map((t) =>
        em.create(LiveSession, {
          tenantId: this.db.tenantId(),
          moduleId: input.moduleId,
          seriesId,
          ...t,
          place: input.place?.trim() ?? null,
          onlineLink: input.onlineLink ?? null,
          capacity: input.capacity,
          trainerIds: [...new Set(input.trainerIds ?? [])],
          bookableUnitIds: [...new Set(input.bookableOrgUnitIds ?? [])],
          requiresApproval: input.requiresApproval ?? false,
          status: 'scheduled',
          createdBy: actor.personId,
        }),
      );
      await em.save(sessions);
      await this.audit.record({
        action: 'live-sessions-scheduled',
        actor,
        target: { type: 'module', id: input.moduleId },
        details: { sessionIds: sessions.map((s) => s.id), seriesId },
      });
      return sessions.map((s) => s.id);
    });
    return (await this.queries.list(input.moduleId)).filter((s) => ids.includes(s.id));
  }

  /** Changes time, place, deadlines or places; everyone with a place gets an updated invitation. */
  async move(id: string, input: MoveSessionDto, actor: Actor): Promise<LiveSessionResponse> {
    const context = await this.booking.contextOf(id);
    const mails = await this.db.transaction(async (em) => {
      const session = await lockSession(em, id);
      if (session.status === 'cancelled') throw sessionCancelled();
      const before = {
        startsAt: session.startsAt.getTime(),
        endsAt: session.endsAt.getTime(),
        place: session.place,
        link: session.onlineLink,
      };
      const startsAt = input.startsAt === undefined ? session.startsAt : instantOf(input.startsAt, 'startsAt');
      // Deadlines not given keep their distance to the start: a session moved a week keeps "book a week before".
      const shift = startsAt.getTime() - session.startsAt.getTime();
      const moved = (field: 'endsAt' | 'bookingDeadline' | 'cancellationDeadline', value: string | undefined): Date =>
        value === undefined ? new Date(session[field].getTime() + shift) : instantOf(value, field);
      const times = checked(
        {
          startsAt,
          endsAt: moved('endsAt', input.endsAt),
          bookingDeadline: moved('bookingDeadline', input.bookingDeadline),
          cancellationDeadline: moved('cancellationDeadline', input.cancellationDeadline),
        },
        '',
      );
      Object.assign(session, times);
      if (input.place !== undefined) session.place = input.place?.trim() ?? null;
      if (input.onlineLink !== undefined) session.onlineLink = input.onlineLink;
      if (!session.place && !session.onlineLink) {
        throw DomainError.unprocessable(
          ProblemCode.ValidationFailed,
          'A session needs a place, an online meeting link, or both.',
        );
      }
      if (input.capacity !== undefined) {
        const [{ n }] = await em.query(
          `SELECT count(*)::int AS n FROM live_session_booking WHERE session_id = $1 AND ${TAKES_PLACE}`,
          [id],
        );
        if (input.capacity < n) {
          throw DomainError.unprocessable(
            ProblemCode.ValidationFailed,
            `${n} people already have a place; cancel bookings before lowering the capacity below that.`,
          );
        }
        session.capacity = input.capacity;
      }
      await em.save(session);
      const changed =
        before.startsAt !== session.startsAt.getTime() ||
        before.endsAt !== session.endsAt.getTime() ||
        before.place !== session.place ||
        before.link !== session.onlineLink;
      const written: (OutboundMail | null)[] = [];
      if (changed) {
        const booked = await em.find(LiveSessionBooking, {
          where: { sessionId: id, status: 'booked' },
          order: { requestedAt: 'ASC' },
        });
        for (const b of booked) written.push(await this.invitations.notify(em, 'moved', session, b, context));
      }
      written.push(...(await this.booking.promote(em, session, context)));
      await this.audit.record({
        action: 'live-session-moved',
        actor,
        target: { type: 'live-session', id },
        details: { ...input },
      });
      return written;
    });
    await this.invitations.dispatch(mails);
    return this.db.transaction((em) => this.queries.one(em, id));
  }

  /**
   * Cancels the session with the trainer's reason: it stays, shown as cancelled with the reason;
   * every booking is cancelled and told why. Cancelling again changes nothing (the first reason stays).
   */
  async cancel(id: string, input: CancelSessionDto, actor: Actor): Promise<LiveSessionResponse> {
    const context = await this.booking.contextOf(id);
    const mails = await this.db.transaction(async (em) => {
      const session = await lockSession(em, id);
      if (session.status === 'cancelled') return [];
      // One instant for the session and its bookings: "my bookings" knows them by it.
      const cancelledAt = new Date();
      session.status = 'cancelled';
      session.cancellationReason = input.reason.trim();
      session.cancelledAt = cancelledAt;
      await em.save(session);
      const open = await em.find(LiveSessionBooking, {
        where: { sessionId: id, status: In(['booked', 'waitlisted', 'pending-approval']) },
        order: { requestedAt: 'ASC' },
      });
      const written: (OutboundMail | null)[] = [];
      for (const b of open) {
        b.status = 'cancelled';
        b.cancelledAt = cancelledAt;
        await em.update(LiveSessionBooking, { id: b.id }, { status: 'cancelled', cancelledAt });
        written.push(await this.invitations.notify(em, 'session-cancelled', session, b, context));
      }
      await this.audit.record({
        action: 'live-session-cancelled',
        actor,
        target: { type: 'live-session', id },
        details: { reason: session.cancellationReason },
      });
      return written;
    });
    await this.invitations.dispatch(mails);
    return this.db.transaction((em) => this.queries.one(em, id));
  }

  private async assertPeople(em: import('typeorm').EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const found: { id: string }[] = await em.query(`SELECT id FROM person WHERE id = ANY($1::uuid[])`, [ids]);
    const missing = ids.filter((id) => !found.some((p) => p.id === id));
    if (missing.length)
      throw DomainError.notFound(ProblemCode.PersonNotFound, `No person with id ${missing[0]} (trainerIds).`);
  }

  private async assertUnits(em: import('typeorm').EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const found: { id: string }[] = await em.query(`SELECT id FROM org_unit WHERE id = ANY($1::uuid[])`, [ids]);
    const missing = ids.filter((id) => !found.some((u) => u.id === id));
    if (missing.length) {
      throw DomainError.notFound(
        ProblemCode.OrgUnitNotFound,
        `No org unit with id ${missing[0]} (bookableOrgUnitIds).`,
      );
    }
  }
}

function instantOf(local: string, field: string): Date {
  const instant = instantOfLocalTime(local);
  // The DTO already refused times that do not exist; this keeps the service honest on its own.
  if (!instant) throw timesInvalid(`${field} ${local} is not a Swedish local time that exists.`);
  return instant;
}

function timesOf(
  start: string,
  end: string,
  booking: string | undefined,
  cancellation: string | undefined,
  where: string,
): Times {
  const startsAt = instantOf(start, 'startsAt');
  return checked(
    {
      startsAt,
      endsAt: instantOf(end, 'endsAt'),
      bookingDeadline: booking ? instantOf(booking, 'bookingDeadline') : startsAt,
      cancellationDeadline: cancellation ? instantOf(cancellation, 'cancellationDeadline') : startsAt,
    },
    where,
  );
}

function checked(t: Times, where: string): Times {
  const at = where ? ` (${where})` : '';
  if (t.endsAt <= t.startsAt) throw timesInvalid(`The session must end after it starts${at}.`);
  if (t.bookingDeadline > t.startsAt) throw timesInvalid(`The booking deadline cannot be after the start${at}.`);
  if (t.cancellationDeadline > t.startsAt)
    throw timesInvalid(`The cancellation deadline cannot be after the start${at}.`);
  return t;
}

function timesInvalid(detail: string): DomainError {
  return DomainError.unprocessable(ProblemCode.LiveSessionTimesInvalid, detail);
}
