import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';
import type { ModuleSharing } from '@larnav/shared/catalog';

/**
 * A training module (utbildningsmodul) as a lasting thing: who owns it, how it is tagged and
 * whether the region may use it. What it says lives in its versions; people complete a version.
 */
@Entity({ name: 'training_module' })
@Index('IDX_training_module_tenant_updated', ['tenantId', 'updatedAt'])
export class TrainingModule extends TenantOwned {
  /** The person who answers for the content (a trainer); informational, not a lock. */
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ type: 'varchar', length: 20, default: 'private' })
  sharing!: ModuleSharing;

  /** Copied from another municipality's shared module: where it came from. */
  @Column({ name: 'copied_from_version_id', type: 'uuid', nullable: true })
  copiedFromVersionId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
