import { HttpStatus, Injectable } from '@nestjs/common';
import { DomainError, OrgScope } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import { CoveragePeopleResponse, CoverageResponse, CoverageStatus } from './coverage/coverage.dto';
import { CoverageEngine, moduleCoverage } from './coverage/coverage.engine';
import { TrendResponse } from './coverage/trend.dto';
import { OnboardingResponse } from './onboarding/onboarding.dto';
import { OnboardingQueries } from './onboarding/onboarding.queries';
import { reportRoots } from './scope/report-scope';

export interface ReportFilter {
  orgUnitId?: string;
  moduleId?: string;
  /** Only these people (a manager's team, from TeamService): the same numbers, for fewer people. */
  personIds?: string[];
}

/**
 * The reports HR, the exports and the BI API read: each resolves the asker's scope to subtrees,
 * then asks the coverage engine. Nothing here computes a number itself.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly db: TenantDb,
    private readonly engine: CoverageEngine,
    private readonly onboardingQueries: OnboardingQueries,
  ) {}

  async coverage(
    filter: ReportFilter,
    asOf: string,
    scope: OrgScope,
    page: { limit: number; offset: number } = { limit: Number.MAX_SAFE_INTEGER, offset: 0 },
  ): Promise<CoverageResponse> {
    const roots = await this.roots(scope, filter.orgUnitId);
    const moduleId = filter.moduleId ?? null;
    const { modules, units, counts } = await this.engine.tree(asOf, roots, moduleId, filter.personIds);
    return {
      asOf,
      orgUnitId: filter.orgUnitId ?? null,
      moduleId,
      modules,
      total: units.length,
      nodes: units.slice(page.offset, page.offset + page.limit).map(({ path: _path, ...unit }) => ({
        ...unit,
        modules: modules.map((m) => moduleCoverage(m.id, counts.get(unit.unitId)?.get(m.id))),
      })),
    };
  }

  async people(
    filter: ReportFilter & { status?: CoverageStatus },
    asOf: string,
    scope: OrgScope,
    page: { limit: number; offset: number },
  ): Promise<CoveragePeopleResponse> {
    const roots = await this.roots(scope, filter.orgUnitId);
    const found = await this.engine.people(
      asOf,
      roots,
      filter.moduleId ?? null,
      filter.status ?? null,
      page,
      filter.personIds,
    );
    return { asOf, ...found };
  }

  /** Coverage at each of the last `months` month ends (today for this month), from the same engine. */
  async trend(filter: ReportFilter, months: number, today: string, scope: OrgScope): Promise<TrendResponse> {
    const roots = await this.roots(scope, filter.orgUnitId);
    const moduleId = filter.moduleId ?? null;
    const modules = await this.db.transaction((em) => this.engine.reportedModules(em, moduleId));
    // One set-based statement for every month end (not one per person, nor one per month).
    const perDay = await this.engine.trend(monthEnds(today, months), roots, moduleId);
    const points = [...perDay].map(([asOf, totals]) => ({
      asOf,
      modules: modules.map((m) => moduleCoverage(m.id, totals.get(m.id))),
    }));
    return { orgUnitId: filter.orgUnitId ?? null, moduleId, modules, points };
  }

  async onboarding(
    filter: ReportFilter,
    period: { from: string; to: string },
    today: string,
    scope: OrgScope,
  ): Promise<OnboardingResponse> {
    if (period.from > period.to) {
      throw new DomainError(
        HttpStatus.BAD_REQUEST,
        ProblemCode.ValidationFailed,
        `The period runs backwards: from (${period.from}) must be on or before to (${period.to}).`,
      );
    }
    const roots = await this.roots(scope, filter.orgUnitId);
    const { modules, nodes } = await this.onboardingQueries.per(period, today, roots, filter.moduleId ?? null);
    return {
      ...period,
      judgedOn: today,
      orgUnitId: filter.orgUnitId ?? null,
      moduleId: filter.moduleId ?? null,
      modules,
      nodes,
    };
  }

  modules(moduleId: string | null) {
    return this.db.transaction((em) => this.engine.reportedModules(em, moduleId));
  }

  /** A unit's name and code for an export's heading (asked after the report, so scope is already checked). */
  async unitLabel(orgUnitId: string | undefined): Promise<string | null> {
    if (orgUnitId === undefined) return null;
    const [unit] = await this.db.transaction((em) =>
      em.query(`SELECT name, code FROM org_unit WHERE id = $1`, [orgUnitId]),
    );
    return unit ? `${unit.name} (${unit.code})` : null;
  }

  private roots(scope: OrgScope, orgUnitId?: string) {
    return this.db.transaction((em) => reportRoots(em, scope, orgUnitId));
  }
}

/** The last day of each of the `months` months up to today's, oldest first; today stands for this month. */
export function monthEnds(today: string, months: number): string[] {
  const [year, month] = today.split('-').map(Number);
  const ends: string[] = [];
  for (let back = months - 1; back >= 1; back--) {
    // Day 0 of the next month is the last day of this one; UTC keeps it a pure calendar computation.
    const end = new Date(Date.UTC(year, month - back, 0));
    ends.push(end.toISOString().slice(0, 10));
  }
  return [...ends, today];
}
