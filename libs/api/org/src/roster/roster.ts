/** The municipality's staff as Lärnav holds it, read whole for bulk changes (the HR import). */
export interface Roster {
  people: RosterPerson[];
  /** Employments that run today or start later; ended ones are history the import never touches. */
  employments: RosterEmployment[];
  /** Each person's last day of their latest ended employment, for rehires. */
  lastEndByPerson: Map<string, string>;
  units: RosterUnit[];
}

export interface RosterPerson {
  id: string;
  employeeNumber: string | null;
  email: string;
  name: string;
}

export interface RosterEmployment {
  id: string;
  personId: string;
  orgUnitId: string;
  jobRole: string;
  startDate: string;
  endDate: string | null;
}

export interface RosterUnit {
  id: string;
  code: string | null;
  name: string;
  archived: boolean;
}

/** Bulk changes to the staff, written in one transaction; ids are the roster's. */
export interface RosterChanges {
  newPeople: { employeeNumber: string; name: string; email: string }[];
  personUpdates: { id: string; employeeNumber: string; name: string; email: string }[];
  /** Employments whose last day is set (or cleared, with null): a transfer's end, a leaver, a changed contract. */
  endDates: { id: string; endDate: string | null }[];
  /** Employments that have not started yet, moved in place: no day of them has passed. */
  corrections: { id: string; orgUnitId: string; jobRole: string; endDate: string | null }[];
  newEmployments: {
    personId: string | null;
    /** For a hire: the new person's employee number, whose id exists only once they are written. */
    newPersonNumber: string | null;
    orgUnitId: string;
    jobRole: string;
    startDate: string;
    endDate: string | null;
  }[];
}
