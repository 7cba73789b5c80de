import { Global, Injectable, Module } from '@nestjs/common';
import { DbModule, TenantDb } from '@larnav/api/db';
import { BOOKABLE_SESSIONS, BookableSessions, NextSession } from '@larnav/api/learning';
import { calendarDateAt, localTimeAt } from '@larnav/contracts';
import { openToPerson } from './open-to-person.sql';
import { TAKES_PLACE } from './session-queries';

/**
 * What My training shows of a module's sessions: the learner's own upcoming booking first,
 * else the soonest scheduled session whose booking is open and which is open to them (the
 * same rule that lists and books sessions).
 */
@Injectable()
export class NextBookableSessions implements BookableSessions {
  constructor(private readonly db: TenantDb) {}

  async nextFor(personId: string, moduleIds: string[]): Promise<Map<string, NextSession>> {
    if (moduleIds.length === 0) return new Map();
    const now = new Date();
    const rows: {
      module_id: string;
      id: string;
      starts_at: Date;
      ends_at: Date;
      place: string | null;
      online: boolean;
      free: number;
      my_status: string | null;
    }[] = await this.db.transaction((em) =>
      em.query(
        `SELECT DISTINCT ON (s.module_id) s.module_id, s.id, s.starts_at, s.ends_at, s.place,
                s.online_link IS NOT NULL AS online, own.status AS my_status,
                greatest(0, s.capacity - (SELECT count(*)::int FROM live_session_booking b
                                            WHERE b.session_id = s.id AND b.${TAKES_PLACE})) AS free
           FROM live_session s
           LEFT JOIN live_session_booking own
             ON own.session_id = s.id AND own.person_id = $1 AND own.status IN ('booked', 'waitlisted')
          WHERE s.module_id = ANY($2::uuid[]) AND s.status = 'scheduled' AND s.starts_at > $3
            AND (own.id IS NOT NULL OR (s.booking_deadline >= $3 AND ${openToPerson('$1', '$4')}))
          ORDER BY s.module_id, (own.id IS NULL), s.starts_at, s.id`,
        [personId, moduleIds, now, calendarDateAt(now)],
      ),
    );
    return new Map(
      rows.map((r) => [
        r.module_id,
        {
          sessionId: r.id,
          startsAt: r.starts_at,
          startsLocal: localTimeAt(r.starts_at),
          endsLocal: localTimeAt(r.ends_at),
          place: r.place,
          online: r.online,
          freePlaces: r.free,
          myBooking: r.my_status === 'booked' || r.my_status === 'waitlisted' ? r.my_status : null,
        },
      ]),
    );
  }
}

/** Lends learning's My training the next sessions; global, as learning cannot import live sessions. */
@Global()
@Module({
  imports: [DbModule],
  providers: [{ provide: BOOKABLE_SESSIONS, useClass: NextBookableSessions }],
  exports: [BOOKABLE_SESSIONS],
})
export class BookableSessionsModule {}
