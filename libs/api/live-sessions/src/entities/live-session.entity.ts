import { Check, Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';

/** `cancelled` sessions stay, shown as cancelled: people who booked should see what happened. */
export type LiveSessionStatus = 'scheduled' | 'cancelled';

/**
 * A live training session (utbildningspass) of a module: a time (instants; people see and enter
 * them as Stockholm wall-clock times), a place or an online meeting link, a number of places.
 * Never deleted; moving it keeps it the same session, so every invitation is updated, not added.
 */
@Entity({ name: 'live_session' })
@Index('IDX_live_session_module_start', ['tenantId', 'moduleId', 'startsAt'])
@Check('CHK_live_session_times', `"ends_at" > "starts_at"`)
@Check('CHK_live_session_capacity', `"capacity" > 0`)
@Check('CHK_live_session_where', `"place" IS NOT NULL OR "online_link" IS NOT NULL`)
@Check('CHK_live_session_deadlines', `"booking_deadline" <= "starts_at" AND "cancellation_deadline" <= "starts_at"`)
export class LiveSession extends TenantOwned {
  @Column({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  /** Sessions made in one request share it, so a trainer can see them as one series. */
  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId!: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  /** May be days after the start (a course over several days). */
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 300, nullable: true })
  place!: string | null;

  @Column({ name: 'online_link', type: 'varchar', length: 2000, nullable: true })
  onlineLink!: string | null;

  @Column({ type: 'int' })
  capacity!: number;

  /** People who lead the session (person ids); shown to learners, not a permission. */
  @Column({ name: 'trainer_ids', type: 'uuid', array: true, default: () => "'{}'" })
  trainerIds!: string[];

  @Column({ name: 'booking_deadline', type: 'timestamptz' })
  bookingDeadline!: Date;

  /** After it a learner can no longer cancel on their own (the trainer still can). */
  @Column({ name: 'cancellation_deadline', type: 'timestamptz' })
  cancellationDeadline!: Date;

  /** Units whose staff may book (each with its subtree); empty: everyone in the municipality. */
  @Column({ name: 'bookable_unit_ids', type: 'uuid', array: true, default: () => "'{}'" })
  bookableUnitIds!: string[];

  /** Stored now; the approval flow comes later, and until then such sessions cannot be booked. */
  @Column({ name: 'requires_approval', type: 'boolean', default: false })
  requiresApproval!: boolean;

  @Column({ type: 'varchar', length: 10, default: 'scheduled' })
  status!: LiveSessionStatus;

  /** Why the trainer cancelled it, in their words; shown to everyone who had booked and in their mail. */
  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason!: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
