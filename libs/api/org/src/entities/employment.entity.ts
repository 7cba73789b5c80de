import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';
import { OrgUnit } from './org-unit.entity';
import { Person } from './person.entity';

/**
 * A person's position in one org unit over a span of calendar days (Europe/Stockholm), both
 * ends inclusive; an open end means "until further notice". History is never rewritten: a
 * transfer ends one employment and starts another. Two employments in different units may run
 * at once (part-time); two in the same unit may not overlap, which PostgreSQL itself enforces.
 */
@Entity({ name: 'employment' })
@Check('CHK_employment_dates', '"end_date" IS NULL OR "end_date" >= "start_date"')
@Exclusion(
  'EXCL_employment_overlap',
  `USING gist ("tenant_id" WITH =, "person_id" WITH =, "org_unit_id" WITH =, daterange("start_date", "end_date", '[]') WITH &&)`,
)
// tenant_id first: row-level security adds `tenant_id = <setting>` to every query, and only an
// index holding it can answer head counts from the index alone (tools/bench/head-count.ts).
@Index('IDX_employment_unit_span', ['tenantId', 'orgUnitId', 'startDate', 'endDate', 'personId'])
export class Employment extends TenantOwned {
  @Index('IDX_employment_person')
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: OrgUnit;

  /** E.g. `handläggare`, `bygglovshandläggare`, `enhetschef`; assignment rules target it. */
  @Column({ name: 'job_role', type: 'varchar', length: 100 })
  jobRole!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  /** The last day employed, inclusive; null while the employment runs. */
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
