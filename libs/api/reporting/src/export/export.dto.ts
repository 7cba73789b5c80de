import { ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CoveragePeopleQuery, CoverageQuery } from '../coverage/coverage.dto';
import { TrendQuery } from '../coverage/trend.dto';
import { OnboardingQuery } from '../onboarding/onboarding.dto';
import { EXPORT_LANGUAGES, ExportLanguage } from './export-labels';
import { EXPORT_FORMATS, ExportFormat } from './table-export';

export class ExportOptions {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS, { message: 'format must be csv or xlsx' })
  format?: ExportFormat;

  @ApiPropertyOptional({ enum: EXPORT_LANGUAGES, default: 'sv', description: 'The language of headings and labels.' })
  @IsOptional()
  @IsIn(EXPORT_LANGUAGES, { message: 'lang must be sv or en' })
  lang?: ExportLanguage;
}

/** Exports carry every row: no paging. */
export class CoverageExportQuery extends IntersectionType(
  OmitType(CoverageQuery, ['limit', 'offset']),
  ExportOptions,
) {}
export class CoveragePeopleExportQuery extends IntersectionType(
  OmitType(CoveragePeopleQuery, ['limit', 'offset']),
  ExportOptions,
) {}
export class OnboardingExportQuery extends IntersectionType(OnboardingQuery, ExportOptions) {}
export class TrendExportQuery extends IntersectionType(TrendQuery, ExportOptions) {}

/** The board's summary: a scope and a day, always a PDF, in Swedish or English. */
export class BoardSummaryQuery extends OmitType(CoverageExportQuery, ['format']) {}
