import { Injectable } from '@nestjs/common';
import { CatalogQueries } from '@larnav/api/catalog';
import { DomainError, OrgScope } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import { CoverageEngine } from '../coverage/coverage.engine';
import { reportRoots } from '../scope/report-scope';
import {
  LiveSessionCounts,
  LiveSessionFilter,
  LiveSessionStandingPerson,
  LiveSessionStandingResponse,
  LiveSessionState,
} from './live-session-standing.dto';
import { LIVE_SESSION_STATES_SQL } from './live-session-standing.sql';

/** More people than any one municipality employs: the report reads a module's whole population. */
const EVERYONE = { limit: 1_000_000, offset: 0 };

interface StateRow {
  personId: string;
  attendedOn: string | null;
  nextStatus: Exclude<LiveSessionState, 'attended' | 'none'> | null;
  nextSessionId: string | null;
  nextSessionStartsAt: Date | null;
}

/**
 * Who is booked, who attended and who still lacks a required live session, for HR (their
 * subtrees) and managers (their team). The population and each person's standing are the coverage
 * engine's, today, so the numbers agree with Täckning; only the bookings are read here.
 */
@Injectable()
export class LiveSessionStanding {
  constructor(
    private readonly db: TenantDb,
    private readonly engine: CoverageEngine,
    private readonly catalog: CatalogQueries,
  ) {}

  async report(
    filter: { moduleId: string; orgUnitId?: string; personIds?: string[]; liveSession?: LiveSessionFilter },
    today: string,
    scope: OrgScope,
    page: { limit: number; offset: number },
  ): Promise<LiveSessionStandingResponse> {
    const published = (await this.catalog.published()).find((m) => m.id === filter.moduleId);
    if (!published) {
      throw DomainError.notFound(ProblemCode.ModuleNotFound, `No published module with id ${filter.moduleId}.`);
    }
    // Attending is required when the published version cannot be completed without it.
    const requiresLiveSession = ['live-session', 'both'].includes(published.completionRequirement);
    const roots = await this.db.transaction((em) => reportRoots(em, scope, filter.orgUnitId));
    const standings =
      filter.personIds?.length === 0
        ? []
        : (await this.engine.people(today, roots, filter.moduleId, null, EVERYONE, filter.personIds)).people.filter(
            (p) => p.status !== 'exempt',
          );
    const states: StateRow[] = standings.length
      ? await this.db.transaction((em) =>
          em.query(LIVE_SESSION_STATES_SQL, [filter.moduleId, standings.map((p) => p.personId)]),
        )
      : [];
    const byPerson = new Map(states.map((s) => [s.personId, s]));

    const rows: LiveSessionStandingPerson[] = standings.map((p) => {
      const s = byPerson.get(p.personId);
      const liveSession: LiveSessionState = s?.attendedOn ? 'attended' : (s?.nextStatus ?? 'none');
      return {
        personId: p.personId,
        name: p.name,
        email: p.email,
        units: p.units,
        status: p.status,
        dueDate: p.dueDate,
        liveSession,
        attendedOn: s?.attendedOn ?? null,
        nextSessionStartsAt: s?.nextSessionStartsAt ? new Date(s.nextSessionStartsAt).toISOString() : null,
        nextSessionId: s?.nextSessionId ?? null,
        lacking: requiresLiveSession && p.status !== 'compliant' && liveSession !== 'attended',
      };
    });
    const matching = rows.filter((r) =>
      !filter.liveSession ? true : filter.liveSession === 'lacking' ? r.lacking : r.liveSession === filter.liveSession,
    );
    return {
      asOf: today,
      moduleId: filter.moduleId,
      requiresLiveSession,
      counts: countsOf(rows),
      total: matching.length,
      people: matching.slice(page.offset, page.offset + page.limit),
    };
  }
}

function countsOf(rows: LiveSessionStandingPerson[]): LiveSessionCounts {
  const count = (test: (r: LiveSessionStandingPerson) => boolean) => rows.filter(test).length;
  return {
    population: rows.length,
    attended: count((r) => r.liveSession === 'attended'),
    booked: count((r) => r.liveSession === 'booked'),
    waitlisted: count((r) => r.liveSession === 'waitlisted'),
    pendingApproval: count((r) => r.liveSession === 'pending-approval'),
    lacking: count((r) => r.lacking),
    lackingUnbooked: count((r) => r.lacking && r.liveSession === 'none'),
  };
}
