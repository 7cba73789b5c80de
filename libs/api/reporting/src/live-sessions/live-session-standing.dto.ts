import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageLimit, PageOffset } from '@larnav/api/common';
import { COVERAGE_STATUSES, type CoverageStatus, PersonPlacement } from '../coverage/coverage.dto';

/** Where a person stands with a module's live sessions: attended one, holds or waits for a place, or neither. */
export const LIVE_SESSION_STATES = ['attended', 'booked', 'waitlisted', 'pending-approval', 'none'] as const;
export type LiveSessionState = (typeof LIVE_SESSION_STATES)[number];

/** A state, or `lacking`: required to attend, not compliant, and not yet attended. */
export const LIVE_SESSION_FILTERS = [...LIVE_SESSION_STATES, 'lacking'] as const;
export type LiveSessionFilter = (typeof LIVE_SESSION_FILTERS)[number];

/** A manager's question: their own team, so no unit to name. */
export class MyTeamLiveSessionQuery {
  @ApiProperty({ format: 'uuid', description: 'The module whose live sessions are reported.' })
  @IsUUID('all', { message: 'moduleId must be the id (a UUID) of a module' })
  moduleId!: string;

  @ApiPropertyOptional({ enum: LIVE_SESSION_FILTERS, description: 'Only the people in this state; default all.' })
  @IsOptional()
  @IsIn(LIVE_SESSION_FILTERS, { message: `liveSession must be one of ${LIVE_SESSION_FILTERS.join(', ')}` })
  liveSession?: LiveSessionFilter;

  @PageLimit({ max: 500, fallback: 50 })
  limit?: number;

  @PageOffset()
  offset?: number;
}

/** HR's question: down a unit's subtree, or every subtree they answer for. */
export class LiveSessionStandingQuery extends MyTeamLiveSessionQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The unit reported on, with its whole subtree; default: every subtree you answer for.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'orgUnitId must be the id (a UUID) of an org unit' })
  orgUnitId?: string;
}

export class LiveSessionCounts {
  @ApiProperty({ description: 'People to whom a rule requires the module today, exempt ones not counted.' })
  population!: number;
  @ApiProperty() attended!: number;
  @ApiProperty({ description: 'Holding a place on a coming session.' }) booked!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty({ description: "Waiting for their manager's approval." }) pendingApproval!: number;
  @ApiProperty({ description: 'Required to attend, not compliant, not yet attended (booked or not).' })
  lacking!: number;
  @ApiProperty({ description: 'Lacking, and with no place or request on any coming session.' })
  lackingUnbooked!: number;
}

export class LiveSessionStandingPerson {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: [PersonPlacement] }) units!: PersonPlacement[];
  @ApiProperty({ enum: COVERAGE_STATUSES, description: "The module's coverage standing, as in the coverage report." })
  status!: CoverageStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: LIVE_SESSION_STATES }) liveSession!: LiveSessionState;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The day (Europe/Stockholm) of the last session attended.',
  })
  attendedOn!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Start of the coming session they hold a place on, wait for, or await approval for.',
  })
  nextSessionStartsAt!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) nextSessionId!: string | null;
  @ApiProperty({ description: 'Required to attend, not compliant, and not yet attended.' }) lacking!: boolean;
}

export class LiveSessionStandingResponse {
  @ApiProperty({ format: 'date', description: 'Today: bookings are about the coming sessions.' }) asOf!: string;
  @ApiProperty({ format: 'uuid' }) moduleId!: string;
  @ApiProperty({ description: "Whether the module's published version requires attending a live session." })
  requiresLiveSession!: boolean;
  @ApiProperty({ type: LiveSessionCounts, description: 'Over everyone reported, before the filter.' })
  counts!: LiveSessionCounts;
  @ApiProperty({ description: 'People matching the filter, before paging.' }) total!: number;
  @ApiProperty({ type: [LiveSessionStandingPerson], description: 'By name.' }) people!: LiveSessionStandingPerson[];
}
