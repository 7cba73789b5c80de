import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The kept coverage facts (facts.sql.ts says how they are derived, coverage-facts.ts when).
 * Derived rows only: each can be rebuilt from employments, rules, completions, attempts and
 * exemptions at any time, so none is ever the only record of anything.
 */

/** Where a person stands with a required module over a run of days (both ends inclusive; `infinity` while it runs). */
@Entity({ name: 'coverage_standing' })
export class CoverageStanding {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @PrimaryColumn({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  @PrimaryColumn({ name: 'from_date', type: 'date' })
  fromDate!: string;

  @Column({ name: 'to_date', type: 'date' })
  toDate!: string;

  /** compliant, exempt, overdue, in-progress or not-started, as the engine judges them. */
  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;
}

/** A person's weight on a unit over a run of days: summed over a subtree, 1 when they hold a post in it. */
@Entity({ name: 'coverage_placement' })
export class CoveragePlacement {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @PrimaryColumn({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @PrimaryColumn({ name: 'from_date', type: 'date' })
  fromDate!: string;

  @Column({ name: 'to_date', type: 'date' })
  toDate!: string;

  @Column({ type: 'smallint' })
  weight!: number;
}

/** The counts shared by a day's change and a month's checkpoint. */
abstract class CoverageCounts {
  @Column({ type: 'int' })
  compliant!: number;

  @Column({ name: 'in_progress', type: 'int' })
  inProgress!: number;

  @Column({ name: 'not_started', type: 'int' })
  notStarted!: number;

  @Column({ type: 'int' })
  overdue!: number;

  @Column({ type: 'int' })
  exempt!: number;
}

/** How a unit's (weighted) counts of a module change on a day. */
@Entity({ name: 'coverage_delta' })
@Index('IDX_coverage_delta_day', ['tenantId', 'day'])
export class CoverageDelta extends CoverageCounts {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @PrimaryColumn({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @PrimaryColumn({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;
}

/** Counts of a unit and a module as a month begins: the key both month tables share. */
abstract class MonthCounts extends CoverageCounts {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @PrimaryColumn({ name: 'module_id', type: 'uuid' })
  moduleId!: string;
}

/** A unit's (weighted) counts of a module as the month begins: every delta before `month`. */
@Entity({ name: 'coverage_checkpoint' })
export class CoverageCheckpoint extends MonthCounts {}

/**
 * Each unit's counts of a module with its whole subtree, on the state's `rollup_day` (today, in
 * practice): what the tree report reads for today, kept current by every refresh's deltas rolled
 * up the tree, and made again from the checkpoints when the day turns.
 */
@Entity({ name: 'coverage_rollup' })
export class CoverageRollup extends CoverageCounts {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @PrimaryColumn({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @PrimaryColumn({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  /** The write that last changed the row, stamped by a trigger (migration CoverageRollupGeneration). */
  @Column({ type: 'bigint', default: 0 })
  generation!: string;
}

/**
 * Each unit's counts of a module with its whole subtree as a month begins: coverage_checkpoint
 * summed up every ancestor, for the months from the state's `checkpoint_rollup_from` to its last
 * month. The trend reads one unit's rows and a past day's tree every unit's, summing nothing over
 * the subtree; kept current by every refresh, and by a unit's move (migration CoverageRollupFollowsMove).
 */
@Entity({ name: 'coverage_checkpoint_rollup' })
export class CoverageCheckpointRollup extends MonthCounts {}

/** People whose facts a change may have moved, written by triggers on the tables that move them. */
@Entity({ name: 'coverage_stale_person' })
export class CoverageStalePerson {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;
}

/** Per municipality: the versions the facts were judged with, and the months checkpoints are kept for. */
@Entity({ name: 'coverage_fact_state' })
export class CoverageFactState {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'jsonb' })
  versions!: unknown;

  @Column({ name: 'first_month', type: 'date' })
  firstMonth!: string;

  @Column({ name: 'last_month', type: 'date' })
  lastMonth!: string;

  /** The day coverage_rollup holds; null until a read of today makes it. */
  @Column({ name: 'rollup_day', type: 'date', nullable: true })
  rollupDay!: string | null;

  /** The first month coverage_checkpoint_rollup holds; null until a past read makes it. */
  @Column({ name: 'checkpoint_rollup_from', type: 'date', nullable: true })
  checkpointRollupFrom!: string | null;

  /** Taken from the roll-up's generations each time today's roll-up is made again: kept copies are read whole. */
  @Column({ name: 'rollup_built', type: 'bigint', default: 0 })
  rollupBuilt!: string;
}

export const REPORTING_ENTITIES = [
  CoverageStanding,
  CoveragePlacement,
  CoverageDelta,
  CoverageCheckpoint,
  CoverageRollup,
  CoverageCheckpointRollup,
  CoverageStalePerson,
  CoverageFactState,
];
