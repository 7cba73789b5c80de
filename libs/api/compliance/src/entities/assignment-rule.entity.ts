import { Check, Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';

/** What a due date counts from. */
export const DUE_BASES = ['employment-start', 'transfer', 'rule-start', 'fixed-date'] as const;
export type DueBasis = (typeof DUE_BASES)[number];

/**
 * "Module M is required of everyone in this subtree and/or with this job role, due N days
 * after …, renewed every K months." A rule is never rewritten once it applies: it is ended, and
 * a new one made, so what was required of whom at any past date can always be worked out again.
 */
@Entity({ name: 'assignment_rule' })
@Index('IDX_assignment_rule_module', ['tenantId', 'moduleId'])
@Check('CHK_assignment_rule_period', `"valid_to" IS NULL OR "valid_to" >= "valid_from"`)
@Check(
  'CHK_assignment_rule_due',
  `("due_basis" = 'fixed-date' AND "due_date" IS NOT NULL) OR ("due_basis" <> 'fixed-date' AND "due_days" IS NOT NULL)`,
)
export class AssignmentRule extends TenantOwned {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  /** The subtree the rule applies to; null with no job role either: everyone. */
  @Column({ name: 'target_org_unit_id', type: 'uuid', nullable: true })
  targetOrgUnitId!: string | null;

  /** Matched without regard to case, e.g. `bygglovshandläggare`. */
  @Column({ name: 'target_job_role', type: 'varchar', length: 100, nullable: true })
  targetJobRole!: string | null;

  @Column({ name: 'due_basis', type: 'varchar', length: 20 })
  dueBasis!: DueBasis;

  @Column({ name: 'due_days', type: 'int', nullable: true })
  dueDays!: number | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  /** Completions count this many months; null: once is enough. */
  @Column({ name: 'recertify_months', type: 'int', nullable: true })
  recertifyMonths!: number | null;

  /** How long before a completion runs out it is due again. */
  @Column({ name: 'due_again_days', type: 'int', default: 30 })
  dueAgainDays!: number;

  /** A significant new version of the module requires doing it again. */
  @Column({ name: 'redo_on_significant', type: 'boolean', default: true })
  redoOnSignificant!: boolean;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
