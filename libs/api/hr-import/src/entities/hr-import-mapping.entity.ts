import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';
import type { ColumnMapping } from '../mapping/column-mapping';

/** The municipality's column mapping, remembered from its last applied import: the next file maps itself. */
@Entity({ name: 'hr_import_mapping' })
@Index('UQ_hr_import_mapping_tenant', ['tenantId'], { unique: true })
export class HrImportMapping extends TenantOwned {
  @Column({ type: 'jsonb' })
  mapping!: ColumnMapping;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
