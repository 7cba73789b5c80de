import { isValidCalendarDate } from '@larnav/contracts';
import type { HrTableRow } from '../file/hr-file.reader';
import type { ColumnMapping, ImportField } from './column-mapping';

/** One employee as a row of the file says. */
export interface EmployeeRow {
  line: number;
  employeeNumber: string;
  name: string;
  email: string;
  orgUnitCode: string;
  /** Null when the file has no job role column, or the cell is empty. */
  jobRole: string | null;
  startDate: string;
  endDate: string | null;
}

/** Why a row cannot be imported; the web words it from `code`, `detail` is the English fallback. */
export interface RowProblem {
  line: number;
  code: RowProblemCode;
  field: ImportField | null;
  value: string | null;
  /** The earlier row the value also stands on, for duplicates. */
  otherLine?: number;
  detail: string;
}

export type RowProblemCode =
  | 'missing-value'
  | 'too-long'
  | 'invalid-email'
  | 'invalid-date'
  | 'ends-before-start'
  | 'duplicate-employee-number'
  | 'duplicate-email'
  | 'unknown-unit'
  | 'archived-unit'
  | 'email-taken'
  | 'employee-number-ambiguous'
  | 'same-person-twice';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LIMITS: Partial<Record<ImportField, number>> = {
  employeeNumber: 100,
  name: 200,
  email: 320,
  orgUnitCode: 200,
  jobRole: 100,
};

/** A row as read: the employee, or what is wrong with it, and who it names either way. */
export interface ReadRow {
  line: number;
  employee: EmployeeRow | null;
  problems: RowProblem[];
  /** As written, for naming the row in the dry run even when it has problems. */
  employeeNumber: string;
  name: string;
}

/** Reads one row by the mapping; a row with any problem is reported and imports nothing. */
export function readRow(row: HrTableRow, headers: string[], mapping: ColumnMapping): ReadRow {
  const problems: RowProblem[] = [];
  const cell = (field: ImportField): string => {
    const header = mapping[field];
    if (!header) return '';
    return (row.cells[headers.indexOf(header)] ?? '').trim();
  };
  const problem = (code: RowProblemCode, field: ImportField | null, value: string | null, detail: string) =>
    problems.push({ line: row.line, code, field, value, detail });
  const text = (field: ImportField, required: boolean, words: string): string => {
    const value = cell(field);
    if (!value && required) problem('missing-value', field, null, `Row ${row.line} has no ${words}.`);
    const limit = LIMITS[field];
    if (limit && value.length > limit) {
      problem(
        'too-long',
        field,
        value.slice(0, 40),
        `The ${words} on row ${row.line} is longer than ${limit} characters.`,
      );
    }
    return value;
  };
  const date = (field: ImportField, required: boolean, words: string): string | null => {
    const value = cell(field);
    if (!value) {
      if (required) problem('missing-value', field, null, `Row ${row.line} has no ${words}.`);
      return null;
    }
    const iso = calendarDate(value);
    if (!iso) {
      problem(
        'invalid-date',
        field,
        value,
        `The ${words} "${value}" on row ${row.line} is not a date: write it as YYYY-MM-DD.`,
      );
    }
    return iso;
  };

  const employeeNumber = text('employeeNumber', true, 'employee number');
  const fullName = mapping.name ? text('name', true, 'name') : `${cell('givenName')} ${cell('familyName')}`.trim();
  if (!mapping.name && !fullName) problem('missing-value', 'givenName', null, `Row ${row.line} has no name.`);
  const email = text('email', true, 'email address').toLowerCase();
  if (email && !EMAIL.test(email)) {
    problem('invalid-email', 'email', email, `"${email}" on row ${row.line} is not an email address.`);
  }
  const orgUnitCode = text('orgUnitCode', true, 'org unit code');
  const jobRole = text('jobRole', false, 'job role');
  const startDate = date('startDate', true, 'start date');
  const endDate = date('endDate', false, 'end date');
  if (startDate && endDate && endDate < startDate) {
    problem(
      'ends-before-start',
      'endDate',
      endDate,
      `On row ${row.line} the end date ${endDate} comes before the start date ${startDate}.`,
    );
  }
  const name = fullName.slice(0, 200);
  const named = { line: row.line, employeeNumber, name, problems };
  if (problems.length > 0 || !startDate) return { ...named, employee: null };
  return {
    ...named,
    employee: {
      line: row.line,
      employeeNumber,
      name,
      email,
      orgUnitCode,
      jobRole: jobRole || null,
      startDate,
      endDate,
    },
  };
}

/**
 * A date as HR exports write it: 2026-03-01, 20260301, or 2026-03-01 00:00:00 (a date-time
 * column); anything else is refused rather than guessed (is 03/04/2026 March or April?).
 */
export function calendarDate(value: string): string | null {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  const candidate = compact
    ? `${compact[1]}-${compact[2]}-${compact[3]}`
    : value.replace(/[T ]00:00(:00(\.0+)?)?Z?$/, '');
  return isValidCalendarDate(candidate) ? candidate : null;
}
