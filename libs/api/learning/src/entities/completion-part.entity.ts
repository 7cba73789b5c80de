import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';
import type { CompletionPart as Part } from '@larnav/shared/catalog';

/**
 * One part of a version's completion done by a person: the e-learning part (its attempt finished)
 * or a live session attended (its booking). Recorded whether or not the version needs it, and
 * never changed or removed; the Completion follows from these rows under the version's
 * requirement. A resend (marking attendance again) finds its row already there.
 */
@Entity({ name: 'completion_part' })
@Index('UQ_completion_part_source', ['tenantId', 'personId', 'versionId', 'part', 'sourceId'], { unique: true })
export class CompletionPart extends TenantOwned {
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @Column({ type: 'varchar', length: 20 })
  part!: Part;

  /** What did it: the attempt (e-learning) or the booking (live session). */
  @Column({ name: 'source_id', type: 'uuid' })
  sourceId!: string;

  /** When it was done: the attempt finished, or the session ended. */
  @Column({ name: 'done_at', type: 'timestamptz' })
  doneAt!: Date;

  /** A live session's start, which a set order compares with the e-learning part's end. */
  @Column({ name: 'session_starts_at', type: 'timestamptz', nullable: true })
  sessionStartsAt!: Date | null;

  /** The e-learning part's lowest best quiz score, in percent, carried into the completion. */
  @Column({ type: 'int', nullable: true })
  score!: number | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
