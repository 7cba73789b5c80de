import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, ValidateBy } from 'class-validator';
import { isValidCalendarDate } from '@larnav/contracts';
import { PageLimit, PageOffset } from '@larnav/api/common';

export const COVERAGE_STATUSES = ['compliant', 'in-progress', 'not-started', 'overdue', 'exempt'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

/** A calendar date (YYYY-MM-DD, Europe/Stockholm), with a message naming the field. */
export const IsCalendarDate = (field: string) =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: { validate: (v: unknown) => typeof v === 'string' && isValidCalendarDate(v) },
    },
    { message: `${field} must be a calendar date written YYYY-MM-DD, e.g. 2026-03-31` },
  );

/** Where and what a report is about; every reporting query starts with these. */
export class ReportScopeQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The unit reported on, with its whole subtree; default: every subtree you answer for.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'orgUnitId must be the id (a UUID) of an org unit' })
  orgUnitId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One module; default: every module a rule requires.' })
  @IsOptional()
  @IsUUID('all', { message: 'moduleId must be the id (a UUID) of a module' })
  moduleId?: string;
}

export class CoverageQuery extends ReportScopeQuery {
  @ApiPropertyOptional({
    format: 'date',
    example: '2026-03-31',
    description:
      'The day the numbers are as of (Europe/Stockholm); default today. A past day gives the answer as it was.',
  })
  @IsOptional()
  @IsCalendarDate('asOf')
  asOf?: string;

  @PageLimit({ max: 5000, fallback: 1000, description: 'Units per page.' })
  limit?: number;

  @PageOffset()
  offset?: number;
}

export class CoveragePeopleQuery extends ReportScopeQuery {
  @ApiPropertyOptional({ format: 'date', example: '2026-03-31', description: 'As in the coverage: default today.' })
  @IsOptional()
  @IsCalendarDate('asOf')
  asOf?: string;

  @ApiPropertyOptional({ enum: COVERAGE_STATUSES, description: 'Only the people with this standing; default all.' })
  @IsOptional()
  @IsIn(COVERAGE_STATUSES, { message: `status must be one of ${COVERAGE_STATUSES.join(', ')}` })
  status?: CoverageStatus;

  @PageLimit({ max: 500, fallback: 50 })
  limit?: number;

  @PageOffset()
  offset?: number;
}

export class CoverageCounts {
  @ApiProperty({
    description: 'People placed in the subtree on the day to whom a rule requires the module, exempt included.',
  })
  population!: number;
  @ApiProperty({ description: 'Holding a completion valid on the day.' }) compliant!: number;
  @ApiProperty({ description: 'Begun (an attempt open on the day), not compliant, not overdue.' }) inProgress!: number;
  @ApiProperty({ description: 'Not begun, not yet due.' }) notStarted!: number;
  @ApiProperty({ description: 'Not compliant, not exempt, due date passed.' }) overdue!: number;
  @ApiProperty({ description: 'Exempt on the day (and not compliant): outside the percentage.' }) exempt!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'compliant / (population − exempt) × 100, one decimal; null when nobody counts.',
  })
  percentage!: number | null;
}

export class ModuleCoverage extends CoverageCounts {
  @ApiProperty({ format: 'uuid' }) moduleId!: string;
}

export class ReportedModule {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: "The published version's title, or the id when none is published." }) title!: string;
  @ApiProperty({ type: String, nullable: true }) titleEn!: string | null;
}

export class CoverageNode {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true, description: 'Null for a root of the report.' })
  parentId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'Depth in the municipality (its root unit is 0).' }) depth!: number;
  @ApiProperty({ description: 'Archived units are shown for days when they had staff.' }) archived!: boolean;
  @ApiProperty({ type: [ModuleCoverage], description: "One entry per reported module, the unit's subtree included." })
  modules!: ModuleCoverage[];
}

export class CoverageResponse {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) orgUnitId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) moduleId!: string | null;
  @ApiProperty({ type: [ReportedModule] }) modules!: ReportedModule[];
  @ApiProperty({ description: 'Units in the report before paging.' }) total!: number;
  @ApiProperty({ type: [CoverageNode], description: 'Depth first, siblings by name.' }) nodes!: CoverageNode[];
}

export class PersonPlacement {
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() orgUnitName!: string;
  @ApiProperty() orgUnitCode!: string;
}

export class CoveragePerson {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) employeeNumber!: string | null;
  @ApiProperty({ format: 'uuid' }) moduleId!: string;
  @ApiProperty() moduleTitle!: string;
  @ApiProperty({ enum: COVERAGE_STATUSES }) status!: CoverageStatus;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The earliest unmet due date; null when compliant.',
  })
  dueDate!: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The first day overdue (the day after the due date).',
  })
  overdueSince!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) completedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When the completion stops counting.' })
  validUntil!: string | null;
  @ApiProperty({ type: [PersonPlacement], description: 'Where in the reported subtree they work on the day.' })
  units!: PersonPlacement[];
}

export class CoveragePeopleResponse {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ description: 'People × modules matching, before paging.' }) total!: number;
  @ApiProperty({ type: [CoveragePerson], description: 'By name, then module.' }) people!: CoveragePerson[];
}
