import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';
import type { ColumnMapping } from '../mapping/column-mapping';
import type { ImportSummary, PlannedChange } from '../plan/plan-types';

/**
 * `unmapped`: the file is read but its columns must be chosen before a dry run; `planned`: the dry run is ready and nothing is written; `queued` and `applying`: the apply job
 * has it; `applied`: every change is written; `stale`: the staff changed (or a day passed) since
 * the dry run, so it was not applied and must be planned again; `failed`: the apply stopped on an
 * error and wrote nothing (see `failure`).
 */
export type HrImportStatus = 'unmapped' | 'planned' | 'queued' | 'applying' | 'applied' | 'stale' | 'failed';

/**
 * One upload of an HR-system file, its dry run and, once applied, the record of what it did.
 * The file's cells are kept only until it is applied, for mapping its columns again; the plan
 * stays as the record of what the import changed.
 */
@Entity({ name: 'hr_import' })
@Index('IDX_hr_import_time', ['tenantId', 'createdAt'])
export class HrImport extends TenantOwned {
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 10 })
  format!: 'csv' | 'xlsx';

  /** SHA-256 of the file as uploaded, to tell the same file uploaded again. */
  @Column({ name: 'file_sha256', type: 'char', length: 64 })
  fileSha256!: string;

  @Column({ type: 'jsonb' })
  headers!: string[];

  /** The data rows, `[line, ...cells]`; null once applied. */
  @Column({ type: 'jsonb', nullable: true })
  cells!: [number, ...string[]][] | null;

  @Column({ type: 'jsonb' })
  mapping!: ColumnMapping;

  /** Null until the columns are mapped. */
  @Column({ type: 'jsonb', nullable: true })
  summary!: ImportSummary | null;

  /** Every change and every skipped row, in file order, leavers last. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes!: PlannedChange[];

  /** SHA-256 of the plan's changes and writes: the apply does exactly this or nothing. */
  @Column({ name: 'plan_sha256', type: 'char', length: 64, nullable: true })
  planSha256!: string | null;

  /** The Stockholm date the plan was made for; changes take effect relative to it. */
  @Column({ name: 'planned_on', type: 'date' })
  plannedOn!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: HrImportStatus;

  @Column({ name: 'progress_done', type: 'int', default: 0 })
  progressDone!: number;

  @Column({ name: 'progress_total', type: 'int', default: 0 })
  progressTotal!: number;

  @Column({ type: 'text', nullable: true })
  failure!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true })
  appliedAt!: Date | null;
}
