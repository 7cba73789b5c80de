import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, orgScope, RequirePermission } from '@larnav/api/common';
import { calendarDateAt, Permission } from '@larnav/contracts';
import { CoveragePeopleQuery, CoveragePeopleResponse, CoverageQuery, CoverageResponse } from './coverage/coverage.dto';
import { TrendQuery, TrendResponse } from './coverage/trend.dto';
import { LiveSessionStandingQuery, LiveSessionStandingResponse } from './live-sessions/live-session-standing.dto';
import { LiveSessionStanding } from './live-sessions/live-session-standing.service';
import { OnboardingQuery, OnboardingResponse } from './onboarding/onboarding.dto';
import { ReportsService } from './reports.service';

const scopeOf = (actor: Actor) => orgScope(actor, Permission.ReportingRead);

/** Training coverage for HR and for BI tools (a token with the `reporting:read` scope): thin, the numbers are the engine's. */
@ApiTags('reporting')
@Controller('reporting')
export class ReportingController {
  constructor(
    private readonly reports: ReportsService,
    private readonly liveSessions: LiveSessionStanding,
  ) {}

  @Get('coverage')
  @RequirePermission(Permission.ReportingRead)
  @ApiOperation({
    summary:
      'Coverage per unit (with its subtree) and module on a day: population, compliant, in progress, overdue, exempt',
    description:
      'The tree under orgUnitId (default: every subtree you answer for), depth first, each unit with one entry per module. ' +
      'Exempt people are counted apart and outside the percentage. A past asOf gives the answer as it was then. ' +
      'Paged by units (limit/offset) for BI tools.',
  })
  @ApiOkResponse({ type: CoverageResponse })
  coverage(@Query() query: CoverageQuery, @CurrentActor() actor: Actor): Promise<CoverageResponse> {
    const page = { limit: query.limit ?? 1000, offset: query.offset ?? 0 };
    return this.reports.coverage(query, query.asOf ?? calendarDateAt(new Date()), scopeOf(actor), page);
  }

  @Get('coverage/people')
  @RequirePermission(Permission.ReportingRead)
  @ApiOperation({
    summary: 'The people behind a coverage number: name, unit, standing, due date, overdue since',
    description: 'One row per person and module, by name; status narrows to one standing.',
  })
  @ApiOkResponse({ type: CoveragePeopleResponse })
  people(@Query() query: CoveragePeopleQuery, @CurrentActor() actor: Actor): Promise<CoveragePeopleResponse> {
    const page = { limit: query.limit ?? 50, offset: query.offset ?? 0 };
    return this.reports.people(query, query.asOf ?? calendarDateAt(new Date()), scopeOf(actor), page);
  }

  @Get('live-sessions')
  @RequirePermission(Permission.ReportingRead)
  @ApiOperation({
    summary: "Who is booked on a module's live sessions, who attended, and who still lacks a required one",
    description:
      "Today's population of the module (as in the coverage, exempt people left out) with each person's bookings. " +
      'liveSession=lacking narrows to those required to attend who are not compliant and have not attended.',
  })
  @ApiOkResponse({ type: LiveSessionStandingResponse })
  liveSessionStanding(
    @Query() query: LiveSessionStandingQuery,
    @CurrentActor() actor: Actor,
  ): Promise<LiveSessionStandingResponse> {
    const page = { limit: query.limit ?? 50, offset: query.offset ?? 0 };
    return this.liveSessions.report(query, calendarDateAt(new Date()), scopeOf(actor), page);
  }

  @Get('onboarding')
  @RequirePermission(Permission.ReportingRead)
  @ApiOperation({
    summary: 'Onboarding: of the people who started in a period, who completed each required module in its due window',
    description:
      'Per unit where someone started (with its subtree). Windows still open and exemptions are outside the percentage.',
  })
  @ApiOkResponse({ type: OnboardingResponse })
  onboarding(@Query() query: OnboardingQuery, @CurrentActor() actor: Actor): Promise<OnboardingResponse> {
    return this.reports.onboarding(query, query, calendarDateAt(new Date()), scopeOf(actor));
  }

  @Get('trend')
  @RequirePermission(Permission.ReportingRead)
  @ApiOperation({
    summary: "Coverage of a unit's subtree at each month end, from the same engine as the coverage",
    description:
      'Each point is the answer as it was that day: who worked there then, what was required, what was done.',
  })
  @ApiOkResponse({ type: TrendResponse })
  trend(@Query() query: TrendQuery, @CurrentActor() actor: Actor): Promise<TrendResponse> {
    return this.reports.trend(query, query.months ?? 24, calendarDateAt(new Date()), scopeOf(actor));
  }
}
