import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PassThrough } from 'node:stream';
import { Actor, CurrentActor, orgScope, RequirePermission } from '@larnav/api/common';
import { calendarDateAt, Permission } from '@larnav/contracts';
import { ReportsService } from '../reports.service';
import { BoardSummaryService } from '../board-summary/board-summary.service';
import { BoardSummaryQuery, CoverageExportQuery, CoveragePeopleExportQuery, OnboardingExportQuery, TrendExportQuery } from './export.dto';
import { coverageTable, onboardingTable, peopleTable, trendTable } from './report-exports';
import { sendTable } from './table-export';

const scopeOf = (actor: Actor) => orgScope(actor, Permission.ReportingRead);
const today = () => calendarDateAt(new Date());
const FILE_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
/** Every row of a drill-down in one file. */
const ALL = { limit: Number.MAX_SAFE_INTEGER, offset: 0 };

/**
 * The reports as files (CSV or XLSX), streamed, the as-of date and the filters written above the
 * table. The same service and engine as the JSON routes, so a file and the dashboard agree.
 */
@ApiTags('reporting')
@Controller('reporting')
export class ReportingExportController {
  constructor(
    private readonly reports: ReportsService,
    private readonly boardSummary: BoardSummaryService,
  ) {}

  @Get('summary/export')
  @RequirePermission(Permission.ReportingRead)
  @ApiOperation({
    summary:
      "A printable PDF summary for the municipal board: coverage per module with a year's change, per unit one level down, and the year's new starters",
  })
  @ApiProduces('application/pdf')
  async summary(@Query() q: BoardSummaryQuery, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const asOf = q.asOf ?? today();
    // Read whole before the first byte, so a refusal is still a problem+json, never half a PDF.
    const pdf = new PassThrough();
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    await this.boardSummary.write({ ...q, asOf, lang: q.lang ?? 'sv' }, today(), scopeOf(actor), pdf);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="coverage-summary-${asOf}.pdf"`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(Buffer.concat(chunks));
  }

  @Get('coverage/export')
  @RequirePermission(Permission.ReportingRead)
  @ApiOperation({ summary: 'The coverage tree as a CSV or XLSX file: one row per unit and module' })
  @ApiProduces(...FILE_TYPES)
  async coverage(@Query() q: CoverageExportQuery, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const report = await this.reports.coverage(q, q.asOf ?? today(), scopeOf(actor));
    const heading = { lang: q.lang ?? 'sv', unit: await this.reports.unitLabel(q.orgUnitId), exportedAt: new Date() };
    await sendTable(res, q.format ?? 'csv', coverageTable(report, heading));
  }

  @Get('coverage/people/export')
  @RequirePermission(Permission.ReportingRead)
  @ApiOperation({
    summary: 'The people behind the coverage as a CSV or XLSX file, with status, due date and overdue since',
  })
  @ApiProduces(...FILE_TYPES)
  async people(
    @Query() q: CoveragePeopleExportQuery,
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    const report = await this.reports.people(q, q.asOf ?? today(), scopeOf(actor), ALL);
    const modules = await this.reports.modules(q.moduleId ?? null);
    const heading = { lang: q.lang ?? 'sv', unit: await this.reports.unitLabel(q.orgUnitId), exportedAt: new Date() };
    const filter = { moduleId: q.moduleId ?? null, status: q.status ?? null, modules };
    await sendTable(res, q.format ?? 'csv', peopleTable(report, filter, heading));
  }

  @Get('onboarding/export')
  @RequirePermission(Permission.ReportingRead)
  @ApiOperation({ summary: 'Onboarding coverage as a CSV or XLSX file: one row per unit and module' })
  @ApiProduces(...FILE_TYPES)
  async onboarding(
    @Query() q: OnboardingExportQuery,
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    const report = await this.reports.onboarding(q, q, today(), scopeOf(actor));
    const heading = { lang: q.lang ?? 'sv', unit: await this.reports.unitLabel(q.orgUnitId), exportedAt: new Date() };
    await sendTable(res, q.format ?? 'csv', onboardingTable(report, heading));
  }

  @Get('trend/export')
  @RequirePermission(Permission.ReportingRead)
  @ApiOperation({ summary: 'The monthly coverage trend as a CSV or XLSX file: one row per month end and module' })
  @ApiProduces(...FILE_TYPES)
  async trend(@Query() q: TrendExportQuery, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const report = await this.reports.trend(q, q.months ?? 24, today(), scopeOf(actor));
    const heading = { lang: q.lang ?? 'sv', unit: await this.reports.unitLabel(q.orgUnitId), exportedAt: new Date() };
    await sendTable(res, q.format ?? 'csv', trendTable(report, heading));
  }
}
