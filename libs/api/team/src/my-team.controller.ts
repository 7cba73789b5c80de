import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, SignedIn } from '@larnav/api/common';
import { BookingApprovals } from '@larnav/api/live-sessions';
import { CoveragePeopleResponse, LiveSessionStandingResponse, MyTeamLiveSessionQuery } from '@larnav/api/reporting';
import { calendarDateAt } from '@larnav/contracts';
import {
  ApprovalDecisionResponse,
  MyTeamPeopleQuery,
  MyTeamQuery,
  MyTeamResponse,
  PendingApprovalListResponse,
  ReminderSentResponse,
  SendReminderDto,
} from './my-team.dto';
import { MyTeamService } from './my-team.service';

const Id = new ParseUUIDPipe();

/**
 * Mitt team, for managers. Being a manager is no role but a fact of the organisation (a unit's
 * chef, or the identity system's manager link), so every route is for anyone signed in and the
 * answer is the asker's own team: empty for someone who manages no one, 404 for anyone outside it.
 */
@ApiTags('my-team')
@Controller('my-team')
export class MyTeamController {
  constructor(
    private readonly myTeam: MyTeamService,
    private readonly approvals: BookingApprovals,
  ) {}

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: "My team's coverage per required module: the same numbers as HR's, for my team's people",
    description:
      'The team is everyone placed in the units I am chef of (with their subtrees) and everyone whose manager I am.',
  })
  @ApiOkResponse({ type: MyTeamResponse })
  summary(@Query() query: MyTeamQuery, @CurrentActor() actor: Actor): Promise<MyTeamResponse> {
    return this.myTeam.summary(actor, query.asOf ?? calendarDateAt(new Date()));
  }

  @Get('people')
  @SignedIn()
  @ApiOperation({ summary: 'Each person in my team and where they stand with each required module' })
  @ApiOkResponse({ type: CoveragePeopleResponse })
  people(@Query() query: MyTeamPeopleQuery, @CurrentActor() actor: Actor): Promise<CoveragePeopleResponse> {
    const page = { limit: query.limit ?? 50, offset: query.offset ?? 0 };
    return this.myTeam.drillDown(actor, query.asOf ?? calendarDateAt(new Date()), query, page);
  }

  @Get('live-sessions')
  @SignedIn()
  @ApiOperation({
    summary: "My team and a module's live sessions: who is booked, who attended, who still lacks a required one",
  })
  @ApiOkResponse({ type: LiveSessionStandingResponse })
  liveSessions(
    @Query() query: MyTeamLiveSessionQuery,
    @CurrentActor() actor: Actor,
  ): Promise<LiveSessionStandingResponse> {
    const page = { limit: query.limit ?? 50, offset: query.offset ?? 0 };
    return this.myTeam.liveSessions(actor, query, page);
  }

  @Post('reminders')
  @SignedIn()
  @ApiOperation({
    summary: 'Mail a reminder to someone in my team who is behind with a module',
    description:
      'Behind: overdue, or not completed within 14 days of the due date. At most one a day per person and module (409 after). Audited.',
  })
  @ApiCreatedResponse({ type: ReminderSentResponse })
  remind(@Body() body: SendReminderDto, @CurrentActor() actor: Actor): Promise<ReminderSentResponse> {
    return this.myTeam.remind(actor, body.personId, body.moduleId);
  }

  @Get('approvals')
  @SignedIn()
  @ApiOperation({ summary: 'Bookings waiting for my approval (Att godkänna), soonest session first' })
  @ApiOkResponse({ type: PendingApprovalListResponse })
  async pending(@CurrentActor() actor: Actor): Promise<PendingApprovalListResponse> {
    return { approvals: actor.personId ? await this.approvals.pendingFor(actor.personId) : [] };
  }

  @Post('approvals/:bookingId/approve')
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({
    summary: 'Approve a booking: it takes a free place (with the calendar invitation) or the waitlist',
  })
  @ApiOkResponse({ type: ApprovalDecisionResponse })
  async approve(
    @Param('bookingId', Id) bookingId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ApprovalDecisionResponse> {
    return { bookingId, status: await this.approvals.approve(bookingId, actor) };
  }

  @Post('approvals/:bookingId/decline')
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({ summary: 'Decline a booking: it is cancelled and the learner is told' })
  @ApiOkResponse({ type: ApprovalDecisionResponse })
  async decline(
    @Param('bookingId', Id) bookingId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ApprovalDecisionResponse> {
    return { bookingId, status: await this.approvals.decline(bookingId, actor) };
  }
}
