import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';

export type MediaKind = 'video' | 'image' | 'document';

/**
 * An uploaded file of a module: a video, an image, a document. The bytes are in the file
 * storage (local disk or S3) under `storageKey`; the type is what its content says it is.
 */
@Entity({ name: 'media_file' })
export class MediaFile extends TenantOwned {
  @Index('IDX_media_file_module')
  @Column({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: MediaKind;

  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'bigint' })
  sizeBytes!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 300 })
  storageKey!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
