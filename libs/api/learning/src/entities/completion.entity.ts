import { Column, Entity, Index } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';

/**
 * A person completed a version of a module: decided by the server from the recorded events and
 * graded quizzes, never taken from the browser. One per person, module and version, which the
 * unique index guarantees even when two tabs finish at the same moment.
 */
@Entity({ name: 'completion' })
@Index('UQ_completion_person_version', ['tenantId', 'personId', 'moduleId', 'versionId'], { unique: true })
export class Completion extends TenantOwned {
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @Column({ name: 'completed_at', type: 'timestamptz' })
  completedAt!: Date;

  /** The best passing quiz score, in percent; null for a module without a knowledge check. */
  @Column({ type: 'int', nullable: true })
  score!: number | null;

  /** How it was reached: 'e-learning', 'live-session' (attendance marked) or 'blended' (both parts); imports later. */
  @Column({ type: 'varchar', length: 30 })
  method!: string;

  /** Set by recertification rules (assignments issue); null: does not expire. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;
}
