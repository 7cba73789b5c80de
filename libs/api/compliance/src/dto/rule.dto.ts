import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CalendarDateField, OptionalCalendarDateField } from '@larnav/api/common';
import { DUE_BASES, DueBasis } from '../entities/assignment-rule.entity';

export class RuleInput {
  @ApiProperty({ example: 'Företagarperspektiv för myndighetsutövning', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  moduleId!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The subtree it applies to; omit with no job role for everyone.',
  })
  @IsOptional()
  @IsUUID()
  targetOrgUnitId?: string;

  @ApiPropertyOptional({ example: 'bygglovshandläggare', maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  targetJobRole?: string;

  @ApiProperty({ enum: DUE_BASES })
  @IsIn(DUE_BASES)
  dueBasis!: DueBasis;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 3650,
    description: 'Days after the basis; required but for a fixed date.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  dueDays?: number;

  @OptionalCalendarDateField('The fixed due date, with `fixed-date`.')
  dueDate?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 120 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  recertifyMonths?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 365, default: 30 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  dueAgainDays?: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  redoOnSignificant?: boolean;

  @CalendarDateField('The first day the rule applies.')
  validFrom!: string;
}

export class EndRuleDto {
  @CalendarDateField('The last day the rule applies.')
  lastDay!: string;
}

export class RuleResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) moduleId!: string;
  @ApiProperty({ nullable: true, type: String }) moduleTitle!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) targetOrgUnitId!: string | null;
  @ApiProperty({ nullable: true, type: String }) targetOrgUnitName!: string | null;
  @ApiProperty({ nullable: true, type: String }) targetJobRole!: string | null;
  @ApiProperty({ enum: DUE_BASES }) dueBasis!: DueBasis;
  @ApiProperty({ type: Number, nullable: true }) dueDays!: number | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) dueDate!: string | null;
  @ApiProperty({ type: Number, nullable: true }) recertifyMonths!: number | null;
  @ApiProperty() dueAgainDays!: number;
  @ApiProperty() redoOnSignificant!: boolean;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) validTo!: string | null;
}

export class RuleListResponse {
  @ApiProperty({ type: [RuleResponse] }) rules!: RuleResponse[];
}

export class RulePreviewResponse {
  @ApiProperty({ description: 'People the rule requires the module of today.' }) people!: number;
  @ApiProperty({ description: 'Of them, already compliant today.' }) completed!: number;
  @ApiProperty({ description: 'Of them, overdue today (due date passed).' }) overdue!: number;
}
