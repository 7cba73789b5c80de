import { Injectable } from '@nestjs/common';
import { AuditLog } from '@larnav/api/audit';
import { CatalogQueries } from '@larnav/api/catalog';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { CompletionService } from '@larnav/api/learning';
import { localTimeAt, ProblemCode } from '@larnav/contracts';
import { lockSession } from '../booking/booking.service';
import { SessionQueries } from '../booking/session-queries';
import type { SessionBookingResponse } from '../dto/live-session.dto';
import { BookingStatus, LiveSessionBooking } from '../entities';

/**
 * The trainer marks who came. Attended completes the module (a Completion of its published
 * version, reached by live session, with its certificate); partly attended and no-show do not.
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
      const booking = await em.findOneBy(LiveSessionBooking, { id: bookingId, sessionId });
      if (!booking)
        throw DomainError.notFound(ProblemCode.BookingNotFound, `The session has no booking with id ${bookingId}.`);
      if (booking.status === 'waitlisted' || booking.status === 'cancelled') {
        throw DomainError.conflict(
          ProblemCode.BookingNotFound,
          `Only people with a place can be marked; this booking is ${booking.status}.`,
        );
      }
      await em.update(LiveSessionBooking, { id: booking.id }, { status });
      if (status === 'attended') {
        const version = published.find((m) => m.id === session.moduleId);
        if (!version) {
          throw DomainError.unprocessable(
            ProblemCode.ModuleVersionNotFound,
            'The module has no published version yet, so attending cannot complete it. Publish it, then mark attendance again.',
          );
        }
        await this.completions.recordCompletion(em, {
          tenantId: booking.tenantId,
          personId: booking.personId,
          moduleId: session.moduleId,
          version: { id: version.versionId, number: version.versionNumber, title: version.title },
          completedAt: session.endsAt,
          method: 'live-session',
        });
      }
      await this.audit.record({
        action: 'live-session-attendance',
        actor,
        target: { type: 'person', id: booking.personId },
        details: { sessionId, bookingId, status },
      });
    });
    const detail = await this.queries.detail(sessionId);
    const marked = detail.bookings.find((b) => b.id === bookingId);
    if (!marked) throw new Error('The marked booking vanished');
    return marked;
  }
}
