import { previousCalendarDate } from '@larnav/contracts';
import type { EmployeeRow, ReadRow, RowProblem } from '../mapping/row-values';
import type { Roster, RosterChanges, RosterEmployment, RosterPerson, RosterUnit } from '@larnav/api/org';
import type { ImportPlan, Placement, PlannedChange } from './plan-types';
import { numberKey, RosterLookup } from './roster-lookup';
import { detailChanges, errorChange, leaverChange, summarise } from './planned-changes';

/**
 * What an HR-system file changes, worked out without writing anything: the dry run shows it and
 * the apply does exactly it (it plans again inside its transaction and refuses if the result
 * differs). The file is the HR system's list of everyone employed:
 *
 * - a person is matched by employee number, else by email (someone single sign-on created first);
 * - not found: a hire from the row's start date;
 * - found, no employment running: employed again (a rehire), from the row's start date if that
 *   comes after their last day, else from today;
 * - found in another unit or role: a transfer from the row's start date if it is in the future,
 *   else from today; the old employment ends the day before, so history stays;
 * - an end date on the row sets the employment's last day (a leaver to come, or one already gone);
 * - someone with an employee number and a running employment who is on no row has left: their
 *   employments end yesterday. People without an employee number (only in the identity system)
 *   are never ended by a file. A row with problems is skipped whole, and its person is left as
 *   they are, never taken for a leaver.
 *
 * Changes take effect on Stockholm calendar dates, so the same file planned on another day can
 * give another plan, and a plan is applied only on the day it was made.
 */
export function planImport(rows: ReadRow[], roster: Roster, today: string, defaultJobRole: string): ImportPlan {
  const planner = new Planner(roster, today, defaultJobRole);
  for (const row of rows) planner.row(row);
  planner.absentees();
  return planner.result(rows.length);
}

class Planner {
  private readonly changes: PlannedChange[] = [];
  private readonly operations: RosterChanges = {
    newPeople: [],
    personUpdates: [],
    endDates: [],
    corrections: [],
    newEmployments: [],
  };
  private readonly lookup: RosterLookup;
  private readonly numbersInFile = new Map<string, number>();
  private readonly emailsInFile = new Map<string, number>();
  private readonly matched = new Map<string, number>();
  private unchanged = 0;

  constructor(
    private readonly roster: Roster,
    private readonly today: string,
    private readonly defaultJobRole: string,
  ) {
    this.lookup = new RosterLookup(roster);
  }

  row(read: ReadRow): void {
    // Every employee number on the file is present, even on a row that cannot be imported.
    if (read.employeeNumber && !this.numbersInFile.has(numberKey(read.employeeNumber))) {
      this.numbersInFile.set(numberKey(read.employeeNumber), read.line);
    }
    const employee = read.employee;
    if (!employee) return this.skip(read, read.problems);
    const problems: RowProblem[] = [];
    const problem = (
      code: RowProblem['code'],
      field: RowProblem['field'],
      value: string | null,
      detail: string,
      otherLine?: number,
    ) => problems.push({ line: read.line, code, field, value, detail, otherLine });

    const firstLine = this.numbersInFile.get(numberKey(employee.employeeNumber));
    if (firstLine !== undefined && firstLine !== read.line) {
      problem(
        'duplicate-employee-number',
        'employeeNumber',
        employee.employeeNumber,
        `The employee number ${employee.employeeNumber} is also on row ${firstLine}: each person is on one row.`,
        firstLine,
      );
    }
    const emailLine = this.emailsInFile.get(employee.email);
    if (emailLine !== undefined) {
      problem(
        'duplicate-email',
        'email',
        employee.email,
        `The address ${employee.email} is also on row ${emailLine}.`,
        emailLine,
      );
    } else this.emailsInFile.set(employee.email, read.line);

    const found = this.lookup.unit(employee.orgUnitCode);
    const unit = typeof found === 'string' ? null : found;
    if (found === 'archived-unit') {
      problem(
        'archived-unit',
        'orgUnitCode',
        employee.orgUnitCode,
        `The unit ${employee.orgUnitCode} on row ${read.line} is archived: no one can be employed there.`,
      );
    } else if (found === 'unknown-unit') {
      problem(
        'unknown-unit',
        'orgUnitCode',
        employee.orgUnitCode,
        `No unit in Lärnav has the code or name "${employee.orgUnitCode}" (row ${read.line}).`,
      );
    }
    const candidates = this.lookup.byNumber.get(numberKey(employee.employeeNumber)) ?? [];
    if (candidates.length > 1) {
      problem(
        'employee-number-ambiguous',
        'employeeNumber',
        employee.employeeNumber,
        `Two people in Lärnav have the employee number ${employee.employeeNumber}; an admin must correct one of them first.`,
      );
    }
    const person = candidates[0] ?? this.lookup.byEmail.get(employee.email) ?? null;
    const holder = this.lookup.byEmail.get(employee.email);
    if (holder && person && holder.id !== person.id) {
      problem(
        'email-taken',
        'email',
        employee.email,
        `The address ${employee.email} belongs to someone else in Lärnav (employee number ${holder.employeeNumber ?? 'none'}).`,
      );
    } else if (
      person &&
      !candidates.length &&
      person.employeeNumber &&
      numberKey(person.employeeNumber) !== numberKey(employee.employeeNumber)
    ) {
      problem(
        'email-taken',
        'email',
        employee.email,
        `The address ${employee.email} belongs to employee number ${person.employeeNumber} in Lärnav.`,
      );
    }
    if (person) {
      const otherLine = this.matched.get(person.id);
      if (otherLine !== undefined) {
        problem(
          'same-person-twice',
          null,
          null,
          `Row ${read.line} names the same person as row ${otherLine}.`,
          otherLine,
        );
      } else this.matched.set(person.id, read.line);
    }
    // Whoever a row names stays as they are if the row is skipped: never taken for a leaver.
    if (holder) this.matched.set(holder.id, this.matched.get(holder.id) ?? read.line);
    if (problems.length > 0 || !unit) return this.skip(read, problems);
    if (!person) return this.hire(employee, unit, null);
    this.existing(employee, unit, person);
  }

  /** People with an employee number, employed now, whom the file no longer lists. */
  absentees(): void {
    const yesterday = previousCalendarDate(this.today);
    const gone = this.roster.people
      .filter((person) => person.employeeNumber && !this.numbersInFile.has(numberKey(person.employeeNumber)))
      .filter((person) => !this.matched.has(person.id))
      .filter((person) => (this.lookup.running.get(person.id) ?? []).length > 0)
      .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
    for (const person of gone) {
      const running = this.lookup.running.get(person.id) ?? [];
      for (const employment of running) this.end(employment, yesterday);
      this.changes.push(leaverChange(person, this.lookup.placement(running[running.length - 1]), yesterday));
    }
  }

  result(rows: number): ImportPlan {
    return {
      summary: summarise(this.changes, rows, this.unchanged),
      changes: this.changes,
      operations: this.operations,
    };
  }

  private existing(employee: EmployeeRow, unit: RosterUnit, person: RosterPerson): void {
    const changed = detailChanges(employee, person);
    const running = this.lookup.running.get(person.id) ?? [];
    const current = running[running.length - 1];
    const jobRole = employee.jobRole ?? current?.jobRole ?? this.defaultJobRole;
    if (!current) {
      // Already gone, and the file agrees: only their details may change.
      if (employee.endDate && employee.endDate < this.today && this.roster.lastEndByPerson.has(person.id)) {
        return this.record(employee, person, changed.length ? 'update' : null, changed, null, null, null);
      }
      return this.hire(employee, unit, person, changed, jobRole);
    }
    const same = running.find((e) => e.orgUnitId === unit.id && e.jobRole === jobRole);
    if (same && employee.endDate && employee.endDate < same.startDate) {
      return this.skip(this.asRead(employee), [
        {
          line: employee.line,
          code: 'ends-before-start',
          field: 'endDate',
          value: employee.endDate,
          detail: `On row ${employee.line} the end date ${employee.endDate} comes before ${same.startDate}, when the employment in ${unit.name} started.`,
        },
      ]);
    }
    if (same) {
      for (const other of running) if (other !== same) this.end(other, this.lastDayOfOther(other));
      if (same.endDate !== employee.endDate) {
        this.operations.endDates.push({ id: same.id, endDate: employee.endDate });
        changed.push('endDate');
      }
      const after = { ...this.lookup.placement(same), endDate: employee.endDate };
      const kind =
        running.length > 1
          ? 'transfer'
          : employee.endDate && changed.includes('endDate')
            ? 'leaver'
            : changed.length
              ? 'update'
              : null;
      const effectiveOn = kind === 'leaver' ? employee.endDate : kind === 'transfer' ? this.today : null;
      const before =
        running.length > 1
          ? this.lookup.placement(running.find((e) => e !== same) ?? same)
          : this.lookup.placement(same);
      return this.record(employee, person, kind, changed, before, after, effectiveOn);
    }
    const effectiveOn = employee.startDate > this.today ? employee.startDate : this.today;
    if (employee.endDate && employee.endDate < effectiveOn) {
      return this.skip(this.asRead(employee), [
        {
          line: employee.line,
          code: 'ends-before-start',
          field: 'endDate',
          value: employee.endDate,
          detail: `On row ${employee.line} the end date ${employee.endDate} comes before ${effectiveOn}, when the move to ${unit.name} would start.`,
        },
      ]);
    }
    for (const other of running) if (other !== current) this.end(other, this.lastDayOfOther(other));
    const after: Placement = {
      unitCode: unit.code,
      unitName: unit.name,
      jobRole,
      startDate: effectiveOn,
      endDate: employee.endDate,
    };
    if (current.startDate >= effectiveOn) {
      this.operations.corrections.push({ id: current.id, orgUnitId: unit.id, jobRole, endDate: employee.endDate });
      after.startDate = current.startDate;
    } else {
      if (current.endDate === null || current.endDate >= effectiveOn)
        this.end(current, previousCalendarDate(effectiveOn));
      this.operations.newEmployments.push({
        personId: person.id,
        newPersonNumber: null,
        orgUnitId: unit.id,
        jobRole,
        startDate: effectiveOn,
        endDate: employee.endDate,
      });
    }
    this.record(employee, person, 'transfer', changed, this.lookup.placement(current), after, after.startDate);
  }

  private hire(
    employee: EmployeeRow,
    unit: RosterUnit,
    person: RosterPerson | null,
    changed: string[] = [],
    jobRole?: string,
  ): void {
    const role = jobRole ?? employee.jobRole ?? this.defaultJobRole;
    const lastEnd = person ? this.roster.lastEndByPerson.get(person.id) : undefined;
    // Back after leaving: from the row's start if it comes after their last day, else from today.
    const startDate = lastEnd && employee.startDate <= lastEnd ? this.today : employee.startDate;
    if (employee.endDate && employee.endDate < startDate) {
      return this.skip(this.asRead(employee), [
        {
          line: employee.line,
          code: 'ends-before-start',
          field: 'endDate',
          value: employee.endDate,
          detail: `On row ${employee.line} the end date ${employee.endDate} comes before ${startDate}, when the employment would start.`,
        },
      ]);
    }
    if (!person)
      this.operations.newPeople.push({
        employeeNumber: employee.employeeNumber,
        name: employee.name,
        email: employee.email,
      });
    this.operations.newEmployments.push({
      personId: person?.id ?? null,
      newPersonNumber: person ? null : employee.employeeNumber,
      orgUnitId: unit.id,
      jobRole: role,
      startDate,
      endDate: employee.endDate,
    });
    const after: Placement = {
      unitCode: unit.code,
      unitName: unit.name,
      jobRole: role,
      startDate,
      endDate: employee.endDate,
    };
    this.record(employee, person, lastEnd ? 'rehire' : 'hire', changed, null, after, startDate);
  }

  private record(
    employee: EmployeeRow,
    person: RosterPerson | null,
    kind: PlannedChange['kind'] | null,
    changed: string[],
    before: Placement | null,
    after: Placement | null,
    effectiveOn: string | null,
  ): void {
    if (kind === null) {
      this.unchanged++;
      return;
    }
    if (person && changed.some((detail) => detail !== 'endDate')) {
      this.operations.personUpdates.push({
        id: person.id,
        employeeNumber: employee.employeeNumber,
        name: employee.name,
        email: employee.email,
      });
    }
    this.changes.push({
      line: employee.line,
      kind,
      personId: person?.id ?? null,
      employeeNumber: employee.employeeNumber,
      name: employee.name,
      before,
      after,
      effectiveOn,
      changed,
      problems: [],
    });
  }

  private skip(read: Pick<ReadRow, 'line' | 'employeeNumber' | 'name'>, problems: RowProblem[]): void {
    this.changes.push(errorChange(read, problems));
  }

  private asRead(employee: EmployeeRow): Pick<ReadRow, 'line' | 'employeeNumber' | 'name'> {
    return { line: employee.line, employeeNumber: employee.employeeNumber, name: employee.name };
  }

  /** An employment the file no longer names ends yesterday, or on its first day if that is later. */
  private lastDayOfOther(employment: RosterEmployment): string {
    const yesterday = previousCalendarDate(this.today);
    return employment.startDate > yesterday ? employment.startDate : yesterday;
  }

  private end(employment: RosterEmployment, lastDay: string): void {
    const endDate = employment.startDate > lastDay ? employment.startDate : lastDay;
    if (employment.endDate !== null && employment.endDate <= endDate) return;
    this.operations.endDates.push({ id: employment.id, endDate });
  }
}
