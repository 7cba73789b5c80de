import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';

/**
 * That a person was mailed about a topic on an occasion: the guard that makes each reminder go
 * out once, however many workers run the day's job or however often it is retried. Inserted with
 * ON CONFLICT DO NOTHING in the same transaction as its mail; whoever loses the race writes none.
 */
@Entity({ name: 'reminder_sent' })
@Index('UQ_reminder_sent_occasion', ['tenantId', 'personId', 'topic', 'occasion'], { unique: true })
export class ReminderSent extends TenantOwned {
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  /** The module a reminder is about, or `hr-digest`. */
  @Column({ type: 'varchar', length: 64 })
  topic!: string;

  /** E.g. `before:2026-12-20`, `due:2026-12-20`, `overdue:2026-12-20:2`, `digest:2026-12-07`. */
  @Column({ type: 'varchar', length: 60 })
  occasion!: string;

  @Column({ name: 'mail_id', type: 'uuid' })
  mailId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
