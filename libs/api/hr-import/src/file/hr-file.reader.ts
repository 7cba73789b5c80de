import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DomainError } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';

/** A spreadsheet as read: its header row and the data rows, each cell as text. */
export interface HrTable {
  format: 'csv' | 'xlsx';
  headers: string[];
  rows: HrTableRow[];
}

export interface HrTableRow {
  /** The row's number as the spreadsheet program shows it (the header is row 1). */
  line: number;
  cells: string[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads an HR-system export: XLSX (recognised by its bytes, not its name) or CSV in whatever
 * the export program wrote: UTF-8 with or without a byte-order mark, UTF-16 ("Unicode text"
 * from Excel), or Windows-1252, the Swedish Excel default; separated by semicolons (Swedish
 * Excel), commas or tabs.
 */
export async function readHrFile(data: Buffer): Promise<HrTable> {
  if (startsWith(data, OLE_MAGIC)) {
    throw unreadable('This is an old Excel file (.xls). Save it as .xlsx or CSV and upload it again.');
  }
  const table = startsWith(data, ZIP_MAGIC) ? await readXlsx(data) : readCsv(decodeText(data));
  const headers = table.headers.map((header) => header.trim());
  if (headers.every((header) => header === '')) {
    throw unreadable('The file has no header row: the first row must name the columns.');
  }
  const rows = table.rows.filter((row) => row.cells.some((cell) => cell !== ''));
  if (rows.length === 0) throw unreadable('The file has a header row but no employees under it.');
  return { format: table.format, headers, rows };
}

function readCsv(text: string): HrTable {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: guessDelimiter(firstLine),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw unreadable(`The file could not be read as CSV: ${(error as Error).message}`);
  }
  const [header, ...data] = records;
  if (!header) throw unreadable('The file is empty.');
  return {
    format: 'csv',
    headers: header.record,
    rows: data.map(({ record, info }) => ({ line: info.lines, cells: record })),
  };
}

async function readXlsx(data: Buffer): Promise<HrTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw unreadable('The file could not be read as an Excel workbook (.xlsx).');
  }
  // The first sheet that has anything on it: exports sometimes lead with an empty one.
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) throw unreadable('The workbook has no sheet with any rows.');
  const width = sheet.columnCount;
  const rows: HrTableRow[] = [];
  let headers: string[] | null = null;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column++) cells.push(cellText(row.getCell(column).value));
    if (headers === null) headers = cells;
    else rows.push({ line: row.number, cells });
  });
  return { format: 'xlsx', headers: headers ?? [], rows };
}

/** A cell as the person reading the sheet sees it; dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  // Excel keeps a date as a day count; exceljs gives it as midnight UTC, so its UTC parts are the date.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return '';
    return '';
  }
  return String(value).trim();
}

function decodeText(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const body = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Not UTF-8: Excel's "CSV (semicolon separated)" on a Swedish Windows writes Windows-1252.
    return new TextDecoder('windows-1252').decode(body);
  }
}

/** The separator the header row uses most, outside quotes. */
export function guessDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((delimiter) => ({ delimiter, count: unquoted.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0].count > 0 ? counts[0].delimiter : ',';
}

function startsWith(data: Buffer, magic: number[]): boolean {
  return magic.every((byte, index) => data[index] === byte);
}

function unreadable(detail: string): DomainError {
  return DomainError.unprocessable(ProblemCode.ImportFileUnreadable, detail);
}
