import type { RosterChanges } from '@larnav/api/org';

/** Where someone works, as the dry run shows it. */
export interface Placement {
  unitCode: string | null;
  unitName: string;
  jobRole: string;
  startDate: string;
  endDate: string | null;
}

export type ChangeKind = 'hire' | 'rehire' | 'transfer' | 'leaver' | 'update' | 'error';

/** One line of the dry run: what happens to one person, or why their row is skipped. */
export interface PlannedChange {
  /** The file's row; null for a leaver, who is on no row. */
  line: number | null;
  kind: ChangeKind;
  personId: string | null;
  employeeNumber: string;
  name: string;
  before: Placement | null;
  after: Placement | null;
  /** The first day of the change: a hire's start, a transfer's first day in the new unit, a leaver's last day. */
  effectiveOn: string | null;
  /** Which of the person's details change: name, email, employeeNumber, endDate. */
  changed: string[];
  problems: { code: string; field: string | null; value: string | null; otherLine?: number; detail: string }[];
}

export interface ImportSummary {
  rows: number;
  hires: number;
  rehires: number;
  transfers: number;
  leavers: number;
  updates: number;
  unchanged: number;
  errors: number;
}

export interface ImportPlan {
  summary: ImportSummary;
  changes: PlannedChange[];
  operations: RosterChanges;
}
