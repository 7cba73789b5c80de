import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';

/** Where the learner is, as the server worked it out from their events. */
export interface AttemptState {
  /** The lesson open last, and where in it. */
  lessonId: string | null;
  scroll: number;
  /** Seconds into each video block, by block id. */
  videoSeconds: Record<string, number>;
  /** Lessons the learner has gone through to the end. */
  lessonsDone: string[];
  /** The client time of the position event applied last: an older one arriving late is ignored. */
  positionAt: string | null;
}

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
