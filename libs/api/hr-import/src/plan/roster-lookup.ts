import type { Roster, RosterEmployment, RosterPerson, RosterUnit } from '@larnav/api/org';
import type { Placement } from './plan-types';

/** Employee numbers are compared as the HR system means them: without case or surrounding space. */
export function numberKey(employeeNumber: string): string {
  return employeeNumber.trim().toLowerCase();
}

/** The roster indexed the ways a file's rows look people, employments and units up. */
export class RosterLookup {
  readonly byNumber = new Map<string, RosterPerson[]>();
  readonly byEmail = new Map<string, RosterPerson>();
  /** Each person's running employments, earliest start first. */
  readonly running = new Map<string, RosterEmployment[]>();
  private readonly unitsById = new Map<string, RosterUnit>();

  constructor(private readonly roster: Roster) {
    for (const person of roster.people) {
      if (person.employeeNumber) {
        const key = numberKey(person.employeeNumber);
        this.byNumber.set(key, [...(this.byNumber.get(key) ?? []), person]);
      }
      this.byEmail.set(person.email, person);
    }
    for (const employment of roster.employments) {
      this.running.set(employment.personId, [...(this.running.get(employment.personId) ?? []), employment]);
    }
    for (const list of this.running.values()) list.sort((a, b) => a.startDate.localeCompare(b.startDate));
    for (const unit of roster.units) this.unitsById.set(unit.id, unit);
  }

  /** The active unit a row names, by its code, else by its name if only one has it; or why there is none. */
  unit(code: string): RosterUnit | 'archived-unit' | 'unknown-unit' {
    const byCode = this.roster.units.filter((unit) => unit.code === code);
    const active = byCode.find((unit) => !unit.archived);
    if (active) return active;
    const byName = this.roster.units.filter((unit) => !unit.archived && unit.name.toLowerCase() === code.toLowerCase());
    if (byName.length === 1) return byName[0];
    return byCode.length > 0 ? 'archived-unit' : 'unknown-unit';
  }

  placement(employment: RosterEmployment): Placement {
    const unit = this.unitsById.get(employment.orgUnitId);
    return {
      unitCode: unit?.code ?? null,
      unitName: unit?.name ?? '',
      jobRole: employment.jobRole,
      startDate: employment.startDate,
      endDate: employment.endDate,
    };
  }
}
