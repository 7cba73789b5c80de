import type { CoverageStatus } from './api-types';

export type ReportTable = 'coverage' | 'coverage/people' | 'onboarding' | 'trend';
export type ExportFormat = 'csv' | 'xlsx';

/**
 * Where the API serves a reporting table as a CSV or XLSX download, with the same filters as the
 * table on screen (the API writes them into the file); empty filters are left out.
 */
export function reportExportUrl(
  table: ReportTable,
  format: ExportFormat,
  lang: 'sv' | 'en',
  filters: Partial<Record<'orgUnitId' | 'moduleId' | 'asOf' | 'from' | 'to', string | null>> & {
    status?: CoverageStatus | null;
    months?: number;
  },
  baseUrl = '',
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  }
  query.set('format', format);
  query.set('lang', lang);
  return `${baseUrl}/api/reporting/${table}/export?${query.toString()}`;
}

/** The board's printable PDF summary of the coverage on `asOf`, for the asker's own subtrees or one unit. */
export function boardSummaryUrl(lang: 'sv' | 'en', filters: { asOf: string; orgUnitId?: string | null }, baseUrl = ''): string {
  const query = new URLSearchParams({ asOf: filters.asOf, lang });
  if (filters.orgUnitId) query.set('orgUnitId', filters.orgUnitId);
  return `${baseUrl}/api/reporting/summary/export?${query.toString()}`;
}
