import type { EmployeeRow, ReadRow, RowProblem } from '../mapping/row-values';
import type { RosterPerson } from '@larnav/api/org';
import type { ImportSummary, Placement, PlannedChange } from './plan-types';

// The plan's entries that need no roster to word: a row skipped, a leaver, the counts.

/** Which of a person's details the row changes. */
export function detailChanges(employee: EmployeeRow, person: RosterPerson): string[] {
  const changed: string[] = [];
  if (employee.name !== person.name) changed.push('name');
  if (employee.email !== person.email) changed.push('email');
  if (person.employeeNumber !== employee.employeeNumber) changed.push('employeeNumber');
  return changed;
}

/** A row with problems, skipped whole: its person is left as they are. */
export function errorChange(
  read: Pick<ReadRow, 'line' | 'employeeNumber' | 'name'>,
  problems: RowProblem[],
): PlannedChange {
  return {
    line: read.line,
    kind: 'error',
    personId: null,
    employeeNumber: read.employeeNumber,
    name: read.name,
    before: null,
    after: null,
    effectiveOn: null,
    changed: [],
    problems: problems.map(({ code, field, value, otherLine, detail }) => ({ code, field, value, otherLine, detail })),
  };
}

/** Someone the file no longer lists, last seen at `before`, gone from `effectiveOn`. */
export function leaverChange(person: RosterPerson, before: Placement | null, effectiveOn: string): PlannedChange {
  return {
    line: null,
    kind: 'leaver',
    personId: person.id,
    employeeNumber: person.employeeNumber ?? '',
    name: person.name,
    before,
    after: null,
    effectiveOn,
    changed: [],
    problems: [],
  };
}

/** The dry run's counts, one per kind of change. */
export function summarise(changes: PlannedChange[], rows: number, unchanged: number): ImportSummary {
  const count = (kind: PlannedChange['kind']) => changes.filter((change) => change.kind === kind).length;
  return {
    rows,
    hires: count('hire'),
    rehires: count('rehire'),
    transfers: count('transfer'),
    leavers: count('leaver'),
    updates: count('update'),
    unchanged,
    errors: count('error'),
  };
}
