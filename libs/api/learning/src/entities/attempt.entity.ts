import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';
import type { AttemptState } from '@larnav/shared/learning';

export type { AttemptState };

/**
 * One person taking one version of a module. Pinned to the version it started on: a learner
 * who began version 1 finishes version 1, even after version 2 is published.
 */
@Entity({ name: 'attempt' })
// One attempt per person and version; a new version gives a new attempt.
@Index('UQ_attempt_person_version', ['tenantId', 'personId', 'versionId'], { unique: true })
@Index('IDX_attempt_person_module', ['tenantId', 'personId', 'moduleId'])
export class Attempt extends TenantOwned {
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @Column({ type: 'jsonb' })
  state!: AttemptState;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
