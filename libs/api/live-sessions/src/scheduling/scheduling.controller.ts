import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { AttendanceService } from '../attendance/attendance.service';
import { reportBody } from '../attendance/report-body';
import { SessionQueries } from '../booking/session-queries';
import {
  AttendanceDto,
  AttendanceReportResponse,
  CancelSessionDto,
  LiveSessionDetailResponse,
  LiveSessionListResponse,
  LiveSessionResponse,
  MoveSessionDto,
  ScheduleSessionsDto,
  SessionBookingResponse,
  SessionListQuery,
} from '../dto/live-session.dto';
import { SchedulingService } from './scheduling.service';

const Id = new ParseUUIDPipe();

/** Trainers' side of live sessions (utbildningspass): schedule, move, cancel, and the attendance list. */
@ApiTags('live-sessions')
@Controller('live-sessions')
export class SchedulingController {
  constructor(
    private readonly scheduling: SchedulingService,
    private readonly queries: SessionQueries,
    private readonly attendance: AttendanceService,
  ) {}

  @Post()
  @RequirePermission(Permission.LiveSessionsManage)
  @ApiOperation({
    summary: 'Schedule a live session, or a series of identical ones (one per occurrence), in one go',
    description:
      'Times are Swedish local times (`YYYY-MM-DDTHH:mm`, Europe/Stockholm); a session may run over several days. ' +
      'Deadlines default to the start. All sessions are made, or none.',
  })
  @ApiCreatedResponse({ type: LiveSessionListResponse })
  async schedule(@Body() body: ScheduleSessionsDto, @CurrentActor() actor: Actor): Promise<LiveSessionListResponse> {
    return { sessions: await this.scheduling.schedule(body, actor) };
  }

  @Get()
  @RequirePermission(Permission.LiveSessionsManage)
  @ApiOperation({ summary: "The municipality's live sessions, cancelled ones too, soonest first" })
  @ApiOkResponse({ type: LiveSessionListResponse })
  async list(@Query() query: SessionListQuery): Promise<LiveSessionListResponse> {
    return { sessions: await this.queries.list(query.moduleId ?? null) };
  }

  @Get(':id')
  @RequirePermission(Permission.LiveSessionsManage)
  @ApiOperation({
    summary: 'A session with its bookings: the attendance list (booked first, then the waitlist in order)',
  })
  @ApiOkResponse({ type: LiveSessionDetailResponse })
  detail(@Param('id', Id) id: string): Promise<LiveSessionDetailResponse> {
    return this.queries.detail(id);
  }

  @Patch(':id')
  @RequirePermission(Permission.LiveSessionsManage)
  @ApiOperation({
    summary: 'Move a session (time, place, link, deadlines) or give it more places',
    description:
      'Everyone with a place gets an updated calendar invitation (same UID, higher SEQUENCE). More places go to the waitlist at once.',
  })
  @ApiOkResponse({ type: LiveSessionResponse })
  move(
    @Param('id', Id) id: string,
    @Body() body: MoveSessionDto,
    @CurrentActor() actor: Actor,
  ): Promise<LiveSessionResponse> {
    return this.scheduling.move(id, body, actor);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission(Permission.LiveSessionsManage)
  @ApiOperation({
    summary: 'Cancel a session with a reason: it stays, shown as cancelled with the reason',
    description:
      'Every booking is cancelled; each person gets a mail with the reason and METHOD:CANCEL for their calendar. ' +
      'A session already cancelled stays as it was.',
  })
  @ApiOkResponse({ type: LiveSessionResponse })
  cancel(
    @Param('id', Id) id: string,
    @Body() body: CancelSessionDto,
    @CurrentActor() actor: Actor,
  ): Promise<LiveSessionResponse> {
    return this.scheduling.cancel(id, body, actor);
  }

  @Put(':id/bookings/:bookingId/attendance')
  @RequirePermission(Permission.LiveSessionsManage)
  @ApiOperation({
    summary: 'Mark one booking attended, partly attended or no-show (once the session has started)',
    description:
      'Attended completes the module: a completion of its published version, reached by live session, with a certificate. ' +
      'Marking again changes the mark; a completion already written stays.',
  })
  @ApiOkResponse({ type: SessionBookingResponse })
  markAttendance(
    @Param('id', Id) id: string,
    @Param('bookingId', Id) bookingId: string,
    @Body() body: AttendanceDto,
    @CurrentActor() actor: Actor,
  ): Promise<SessionBookingResponse> {
    return this.attendance.mark(id, bookingId, body.status, actor);
  }

  @Post(':id/attendance-report')
  @HttpCode(200)
  @RequirePermission(Permission.LiveSessionsManage)
  @ApiOperation({
    summary: 'Mark attendance from the attendance report Teams exports (the file as the request body)',
    description:
      'Tab-separated, UTF-16 with a byte-order mark as Teams writes it (UTF-8 is read too), in English or Swedish. ' +
      'Participants are matched to bookings by e-mail; at least 80 % of the session counts as attended, less as partly attended. ' +
      'Every row gets an outcome; rows that match no booked person change nothing. All rows are marked in one transaction.',
  })
  @ApiConsumes('text/tab-separated-values', 'text/csv', 'application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: AttendanceReportResponse })
  async importAttendance(
    @Param('id', Id) id: string,
    @Req() req: Request,
    @CurrentActor() actor: Actor,
  ): Promise<AttendanceReportResponse> {
    return this.attendance.importTeamsReport(id, await reportBody(req), actor);
  }
}
