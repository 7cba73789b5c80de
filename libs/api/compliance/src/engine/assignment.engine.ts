import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CatalogQueries } from '@larnav/api/catalog';
import { TenantDb } from '@larnav/api/db';
import type { DueBasis } from '../entities/assignment-rule.entity';
import { REQUIREMENTS_AT } from './requirement-spans.sql';

/** One requirement in force on a date, and where the person stands with it then. */
export interface Requirement {
  ruleId: string;
  ruleName: string;
  moduleId: string;
  personId: string;
  appliesFrom: string;
  /** `infinity` while it runs. */
  appliesTo: string;
  dueBasis: DueBasis;
  dueDays: number | null;
  basisDate: string;
  ruleFrom: string;
  targetOrgUnitId: string | null;
  targetJobRole: string | null;
  /** The due date that counts now: the first one, a redo's after a significant version, or the renewal. */
  effectiveDue: string;
  completedOn: string | null;
  validUntil: string | null;
  redoSince: string | null;
  compliant: boolean;
  exempt: boolean;
}

interface Row {
  rule_id: string;
  rule_name: string;
  module_id: string;
  person_id: string;
  applies_from: string;
  applies_to: string;
  due_basis: DueBasis;
  due_days: number | null;
  basis_date: string;
  rule_from: string;
  target_org_unit_id: string | null;
  target_job_role: string | null;
  effective_due: string;
  completed_on: string | null;
  valid_until: string | null;
  redo_since: string | null;
  compliant: boolean;
  exempt: boolean;
}

/**
 * The assignment engine: requirements are derived, never entered, from rules × employments ×
 * completions × exemptions, for everyone at once in one SQL statement (requirement-spans.sql.ts).
 * Derived on each read, so every change (a hire, a transfer, a rule, a completion, a date
 * passing) shows at once; and since rules and employments are never rewritten, any past date
 * gives what was required then.
 */
@Injectable()
export class AssignmentEngine {
  constructor(
    private readonly db: TenantDb,
    private readonly catalog: CatalogQueries,
  ) {}

  /** On `at` (a Stockholm date), for the people named, or everyone. */
  async requirementsAt(at: string, personIds: string[] | null): Promise<Requirement[]> {
    const versions = await this.ruleVersions();
    const rows: Row[] = await this.db.transaction((em) => em.query(REQUIREMENTS_AT, [personIds, at, versions]));
    return rows.map((r) => ({
      ruleId: r.rule_id,
      ruleName: r.rule_name,
      moduleId: r.module_id,
      personId: r.person_id,
      appliesFrom: r.applies_from,
      appliesTo: r.applies_to,
      dueBasis: r.due_basis,
      dueDays: r.due_days,
      basisDate: r.basis_date,
      ruleFrom: r.rule_from,
      targetOrgUnitId: r.target_org_unit_id,
      targetJobRole: r.target_job_role,
      effectiveDue: r.effective_due,
      completedOn: r.completed_on,
      validUntil: r.valid_until,
      redoSince: r.redo_since,
      compliant: r.compliant,
      exempt: r.exempt,
    }));
  }

  /**
   * The rules' modules' versions as REQUIREMENTS_AT's $3 (JSON): read apart, since a
   * region-shared module's versions live in another municipality's rows. Coverage reuses it.
   */
  async ruleVersions(): Promise<string> {
    const modules = await this.db.transaction((em) => ruleModules(em));
    return JSON.stringify(await this.catalog.versionsOf(modules));
  }
}

async function ruleModules(em: EntityManager): Promise<string[]> {
  const rows: { module_id: string }[] = await em.query(`SELECT DISTINCT module_id FROM assignment_rule`);
  return rows.map((r) => r.module_id);
}
