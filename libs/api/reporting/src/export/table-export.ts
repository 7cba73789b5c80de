import { once } from 'node:events';
import type { Response } from 'express';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type Cell = string | number | boolean | null;

/** A report as a file: what it is and which filters made it, then one table. */
export interface ExportTable {
  /** The sheet's name and the file's name's start, ASCII-safe. */
  name: string;
  title: string;
  /** Label and value lines written above the table: the as-of date, the unit, the module, the filters. */
  meta: [string, string][];
  columns: string[];
  rows: Iterable<Cell[]>;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Streams a report to the response as CSV (csv-stringify) or XLSX (ExcelJS's streaming writer),
 * row by row, so a large export is never held whole. Both carry the same lines: the title, the
 * filters, an empty line, the header, the rows.
 */
export async function sendTable(res: Response, format: ExportFormat, table: ExportTable): Promise<void> {
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', `attachment; filename="${table.name}.${format}"`);
  res.setHeader('Cache-Control', 'no-store');
  const lines: Cell[][] = [[table.title], ...table.meta, [], table.columns];
  if (format === 'csv') await sendCsv(res, lines, table.rows);
  else await sendXlsx(res, table.name, lines, table.rows);
}

async function sendCsv(res: Response, lines: Cell[][], rows: Iterable<Cell[]>): Promise<void> {
  // A byte order mark, so Excel opens å, ä and ö as UTF-8.
  const csv = stringify({ bom: true, cast: { boolean: (value) => (value ? 'true' : 'false') } });
  csv.pipe(res);
  for (const row of [...lines, ...rows]) {
    if (!csv.write(row.map((cell) => cell ?? ''))) await once(csv, 'drain');
  }
  csv.end();
  await once(res, 'finish');
}

async function sendXlsx(res: Response, name: string, lines: Cell[][], rows: Iterable<Cell[]>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
  const sheet = workbook.addWorksheet(name.slice(0, 31));
  lines.forEach((line, index) => {
    const row = sheet.addRow(line);
    if (index === 0 || index === lines.length - 1) row.font = { bold: true };
    row.commit();
  });
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}
