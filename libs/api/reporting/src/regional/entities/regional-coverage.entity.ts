import { Column, Entity, Index } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';

/**
 * One sharing municipality's coverage of one shared module on one day, as a whole: counts only,
 * never a person. The only row of a municipality another may read (the `regional-coverage`
 * crossing), and only when enough people are counted that no one can be picked out (see the
 * policy in the migration). Kept current by RegionalCoverageRefresh.
 */
@Entity({ name: 'regional_coverage' })
@Index('UQ_regional_coverage_tenant_module', ['tenantId', 'moduleId'], { unique: true })
export class RegionalCoverage extends TenantOwned {
  /** The shared module compared: the region's original, also when this municipality assigns a copy of it. */
  @Column({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  @Column({ name: 'as_of', type: 'date' })
  asOf!: string;

  @Column({ type: 'int' }) population!: number;
  @Column({ type: 'int' }) compliant!: number;
  @Column({ name: 'in_progress', type: 'int' }) inProgress!: number;
  @Column({ name: 'not_started', type: 'int' }) notStarted!: number;
  @Column({ type: 'int' }) overdue!: number;
  @Column({ type: 'int' }) exempt!: number;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}
