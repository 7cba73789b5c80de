import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Tenant } from '@larnav/api/tenancy';

/**
 * Which media a published version uses, written when it is published. The region's sharing
 * policy admits a file to another municipality only through this: a shared module's drafts,
 * and files no published version uses, stay private.
 */
@Entity({ name: 'version_media' })
export class VersionMedia {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @PrimaryColumn({ name: 'media_id', type: 'uuid' })
  mediaId!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @ManyToOne(() => Tenant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Tenant;
}
