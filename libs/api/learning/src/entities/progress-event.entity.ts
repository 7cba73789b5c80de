import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What the learner's browser reported, each event once: the id is made in the browser, so a
 * resend (a retry, a second tab, a queue flushed after a reload) finds it already stored. The
 * log is append-only for the application role: it may insert and read, never change or delete.
 */
@Entity({ name: 'progress_event' })
@Index('IDX_progress_event_attempt', ['attemptId', 'occurredAt'])
export class ProgressEvent {
  // The tenant first: a browser's id is unique only within its municipality's rows.
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'attempt_id', type: 'uuid' })
  attemptId!: string;

  @Column({ type: 'varchar', length: 30 })
  type!: string;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  /** The browser's clock when it happened; the order events are applied in. */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt!: Date;
}
