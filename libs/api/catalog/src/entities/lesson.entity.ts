import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Tenant } from '@larnav/api/tenancy';
import type { LessonBlock } from '@larnav/shared/catalog';
import { ModuleVersion } from './module-version.entity';

/**
 * A lesson of one version, in order. Its id is the editor's and stays the same from version to
 * version, so the key is (version, lesson id); progress refers to both.
 */
@Entity({ name: 'lesson' })
@Index('UQ_lesson_position', ['versionId', 'position'], { unique: true })
export class Lesson {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @ManyToOne(() => Tenant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Tenant;

  @ManyToOne(() => ModuleVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: ModuleVersion;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Validated against the shared lesson schema before it is written; rich text as the editor's JSON. */
  @Column({ type: 'jsonb' })
  blocks!: LessonBlock[];
}
