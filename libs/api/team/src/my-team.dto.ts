import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageLimit, PageOffset } from '@larnav/api/common';
import {
  COVERAGE_STATUSES,
  CoverageStatus,
  IsCalendarDate,
  ModuleCoverage,
  ReportedModule,
} from '@larnav/api/reporting';

export class MyTeamQuery {
  @ApiPropertyOptional({ format: 'date', example: '2026-03-31', description: 'Default today (Europe/Stockholm).' })
  @IsOptional()
  @IsCalendarDate('asOf')
  asOf?: string;
}

export class MyTeamPeopleQuery extends MyTeamQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'One module; default every required one.' })
  @IsOptional()
  @IsUUID('all', { message: 'moduleId must be the id (a UUID) of a module' })
  moduleId?: string;

  @ApiPropertyOptional({ enum: COVERAGE_STATUSES, description: 'Only the people with this standing; default all.' })
  @IsOptional()
  @IsIn(COVERAGE_STATUSES, { message: `status must be one of ${COVERAGE_STATUSES.join(', ')}` })
  status?: CoverageStatus;

  @PageLimit({ max: 500, fallback: 50 })
  limit?: number;

  @PageOffset()
  offset?: number;
}

export class MyTeamResponse {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ description: 'Whether you manage anyone on the day; false: the rest is empty.' }) manages!: boolean;
  @ApiProperty({ description: 'People in your team on the day.' }) size!: number;
  @ApiProperty({ type: [ReportedModule] }) modules!: ReportedModule[];
  @ApiProperty({
    type: [ModuleCoverage],
    description: "The team's numbers per module, from the same engine as HR's coverage.",
  })
  totals!: ModuleCoverage[];
}

export class SendReminderDto {
  @ApiProperty({ format: 'uuid', description: 'Someone in your team who is behind with the module.' })
  @IsUUID('all', { message: 'personId must be the id (a UUID) of a person' })
  personId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'moduleId must be the id (a UUID) of a module' })
  moduleId!: string;
}

export class ReminderSentResponse {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty({ format: 'uuid' }) moduleId!: string;
  @ApiProperty({ format: 'uuid' }) mailId!: string;
  @ApiProperty({ format: 'date', description: 'One reminder per person and module a day.' }) sentOn!: string;
}

export class ApprovalPerson {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
}

export class ApprovalSession {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) moduleId!: string;
  @ApiProperty() moduleTitle!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ type: String, nullable: true }) place!: string | null;
}

export class PendingApprovalResponse {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: ApprovalPerson }) person!: ApprovalPerson;
  @ApiProperty({ type: ApprovalSession }) session!: ApprovalSession;
}

export class PendingApprovalListResponse {
  @ApiProperty({ type: [PendingApprovalResponse] }) approvals!: PendingApprovalResponse[];
}

export class ApprovalDecisionResponse {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({
    enum: ['booked', 'waitlisted', 'cancelled'],
    description: 'booked or waitlisted when approved, cancelled when declined.',
  })
  status!: string;
}
