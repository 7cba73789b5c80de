import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PageLimit, PageOffset } from '@larnav/api/common';
import { IMPORT_FIELDS } from '../mapping/column-mapping';

const STATUSES = ['unmapped', 'planned', 'queued', 'applying', 'applied', 'stale', 'failed'];
const KINDS = ['hire', 'rehire', 'transfer', 'leaver', 'update', 'error'];

export class UploadQuery {
  @ApiProperty({ description: 'The file name as the person chose it, shown in the import history.', maxLength: 255 })
  @IsString()
  @MaxLength(255)
  fileName!: string;
}

/** Field → the header of its column, or null; every field may be left out. */
export class ColumnMappingDto {
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(200) employeeNumber?:
    | string
    | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(200) name?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(200) givenName?:
    | string
    | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(200) familyName?:
    | string
    | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(200) email?:
    | string
    | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(200) orgUnitCode?:
    | string
    | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(200) jobRole?:
    | string
    | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(200) startDate?:
    | string
    | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(200) endDate?:
    | string
    | null;
}

export class RemapBody {
  @ApiProperty({ type: ColumnMappingDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ColumnMappingDto)
  mapping!: ColumnMappingDto;
}

export class ChangesQuery {
  @ApiPropertyOptional({
    enum: KINDS,
    description: 'Only changes of this kind; `error` lists the rows that are skipped.',
  })
  @IsOptional()
  @IsIn(KINDS)
  kind?: string;

  @PageLimit({ max: 500, fallback: 100 })
  limit?: number;

  @PageOffset()
  offset?: number;
}

export class ImportSummaryResponse {
  @ApiProperty({ description: 'Data rows in the file.' }) rows!: number;
  @ApiProperty() hires!: number;
  @ApiProperty({ description: 'People employed again after leaving.' }) rehires!: number;
  @ApiProperty() transfers!: number;
  @ApiProperty({ description: 'People whose employment ends: on no row any more, or with an end date.' })
  leavers!: number;
  @ApiProperty({ description: 'Name, email, employee number or end date changed; no move.' }) updates!: number;
  @ApiProperty() unchanged!: number;
  @ApiProperty({ description: 'Rows skipped for their problems.' }) errors!: number;
}

export class PlacementResponse {
  @ApiProperty({ type: String, nullable: true }) unitCode!: string | null;
  @ApiProperty() unitName!: string;
  @ApiProperty() jobRole!: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ format: 'date', type: String, nullable: true }) endDate!: string | null;
}

export class RowProblemResponse {
  @ApiProperty({
    enum: [
      'missing-value',
      'too-long',
      'invalid-email',
      'invalid-date',
      'ends-before-start',
      'duplicate-employee-number',
      'duplicate-email',
      'unknown-unit',
      'archived-unit',
      'email-taken',
      'employee-number-ambiguous',
      'same-person-twice',
    ],
  })
  code!: string;
  @ApiProperty({ enum: IMPORT_FIELDS, type: String, nullable: true }) field!: string | null;
  @ApiProperty({ type: String, nullable: true }) value!: string | null;
  @ApiPropertyOptional({ description: 'The other row with the same value, for duplicates.' }) otherLine?: number;
  @ApiProperty({ description: 'In English; the web words it from `code`.' }) detail!: string;
}

export class PlannedChangeResponse {
  @ApiProperty({ type: Number, nullable: true, description: 'The row in the file; null for a leaver, who is on none.' })
  line!: number | null;
  @ApiProperty({ enum: KINDS }) kind!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) personId!: string | null;
  @ApiProperty() employeeNumber!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: PlacementResponse, nullable: true }) before!: PlacementResponse | null;
  @ApiProperty({ type: PlacementResponse, nullable: true }) after!: PlacementResponse | null;
  @ApiProperty({ format: 'date', type: String, nullable: true }) effectiveOn!: string | null;
  @ApiProperty({ type: [String], description: 'Details that change: name, email, employeeNumber, endDate.' })
  changed!: string[];
  @ApiProperty({ type: [RowProblemResponse] }) problems!: RowProblemResponse[];
}

export class ChangesPageResponse {
  @ApiProperty({ type: [PlannedChangeResponse] }) items!: PlannedChangeResponse[];
  @ApiProperty() total!: number;
}

export class ProgressResponse {
  @ApiProperty() done!: number;
  @ApiProperty() total!: number;
}

export class HrImportResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: ['csv', 'xlsx'] }) format!: string;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiProperty({ type: ImportSummaryResponse, nullable: true }) summary!: ImportSummaryResponse | null;
  @ApiProperty({ type: ProgressResponse }) progress!: ProgressResponse;
  @ApiProperty({ type: String, nullable: true }) failure!: string | null;
  @ApiProperty({ format: 'date' }) plannedOn!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) appliedAt!: string | null;
}

export class HrImportDetailResponse extends HrImportResponse {
  @ApiProperty({ type: [String] }) headers!: string[];
  @ApiProperty({ type: ColumnMappingDto }) mapping!: ColumnMappingDto;
  @ApiProperty({ type: [String], description: 'What keeps the mapping from a dry run; empty when none.' })
  mappingProblems!: string[];
  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'When this same file was applied before, if it was: importing it again changes nothing.',
  })
  sameFileAppliedAt!: string | null;
}

export class RememberedMappingResponse {
  @ApiProperty({ type: ColumnMappingDto, nullable: true }) mapping!: ColumnMappingDto | null;
  @ApiProperty({ type: [String], enum: IMPORT_FIELDS }) fields!: string[];
}
