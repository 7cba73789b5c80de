import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';

/**
 * A municipality's decision to show its coverage of the region's shared modules to the region's
 * comparison: the row exists while it shares. Its admin decides; nothing is shared by default.
 */
@Entity({ name: 'regional_sharing' })
@Index('UQ_regional_sharing_tenant', ['tenantId'], { unique: true })
export class RegionalSharing extends TenantOwned {
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @CreateDateColumn({ name: 'since', type: 'timestamptz' })
  since!: Date;
}
