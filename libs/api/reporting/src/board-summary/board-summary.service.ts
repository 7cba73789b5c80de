import { Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import type { OrgScope } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ReportsService } from '../reports.service';
import type { ExportLanguage } from '../export/export-labels';
import { boardSummary } from './board-summary';
import { writeBoardSummaryPdf } from './board-summary-pdf';

/** The months of trend behind "a year earlier": this month's end and the twelve before it. */
const YEAR_OF_MONTHS = 13;

/** The first day of the year that ends on `date`: 2026-03-31 → 2025-04-01. */
export function yearEndingOn(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const start = new Date(Date.UTC(year - 1, month - 1, day + 1));
  // 29 February's year before has no 29th: Date.UTC rolls it to 1 March, the day after the 28th.
  return start.toISOString().slice(0, 10);
}

/**
 * The printable summary for the municipal board: the coverage, a year's change and the year's
 * new starters, from ReportsService (the dashboard's own numbers) for the asker's scope.
 */
@Injectable()
export class BoardSummaryService {
  constructor(
    private readonly reports: ReportsService,
    private readonly db: TenantDb,
  ) {}

  async write(
    query: { orgUnitId?: string; moduleId?: string; asOf: string; lang: ExportLanguage },
    today: string,
    scope: OrgScope,
    out: Writable,
  ): Promise<void> {
    const filter = { orgUnitId: query.orgUnitId, moduleId: query.moduleId };
    const coverage = await this.reports.coverage(filter, query.asOf, scope);
    const trend = await this.reports.trend(filter, YEAR_OF_MONTHS, query.asOf, scope);
    const period = { from: yearEndingOn(query.asOf), to: query.asOf };
    const onboarding = await this.reports.onboarding(filter, period, today, scope);
    const [{ name }] = await this.db.transaction((em) =>
      em.query(`SELECT name FROM tenant WHERE id = current_setting('app.tenant_id')::uuid`),
    );
    const summary = boardSummary({
      lang: query.lang,
      municipality: name,
      scope: await this.reports.unitLabel(query.orgUnitId),
      coverage,
      trend,
      onboarding,
      printedAt: new Date(),
    });
    await writeBoardSummaryPdf(summary, out);
  }
}
