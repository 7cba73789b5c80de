import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';
import { LiveSession } from './live-session.entity';

/**
 * `booked` holds a place; `waitlisted` waits in `requested_at` order; `pending-approval` waits for
 * the booker's manager and holds no place; the last three are attendance.
 */
export type BookingStatus =
  | 'pending-approval'
  | 'booked'
  | 'waitlisted'
  | 'cancelled'
  | 'attended'
  | 'partly-attended'
  | 'no-show';
export const BOOKING_STATUSES: BookingStatus[] = [
  'pending-approval',
  'booked',
  'waitlisted',
  'cancelled',
  'attended',
  'partly-attended',
  'no-show',
];

/**
 * A person's place, or place in the queue, on a live session. One row for the booking's whole
 * life, and with it one calendar UID: every invitation, update and cancellation a person gets
 * about it names the same event, with a higher SEQUENCE each time, so calendars update it.
 */
@Entity({ name: 'live_session_booking' })
// One booking that is not cancelled per person and session: the database's word, behind the row lock.
@Index('UQ_live_session_booking_active', ['tenantId', 'sessionId', 'personId'], {
  unique: true,
  where: `"status" <> 'cancelled'`,
})
@Index('IDX_live_session_booking_queue', ['tenantId', 'sessionId', 'status', 'requestedAt'])
@Index('IDX_live_session_booking_person', ['tenantId', 'personId'])
@Index('UQ_live_session_booking_ical_uid', ['tenantId', 'icalUid'], { unique: true })
export class LiveSessionBooking extends TenantOwned {
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => LiveSession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session?: LiveSession;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: BookingStatus;

  /** When they asked: the waitlist's order (first come, first promoted). */
  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'ical_uid', type: 'varchar', length: 200 })
  icalUid!: string;

  /** Raised with every invitation sent after the first (moves, cancellation). */
  @Column({ name: 'ical_sequence', type: 'int', default: 0 })
  icalSequence!: number;

  /** Whether a calendar invitation was ever sent: only then does a cancellation need a CANCEL. */
  @Column({ type: 'boolean', default: false })
  invited!: boolean;

  /** The manager asked to approve (the session requires it): the booker's manager when they booked. */
  @Index('IDX_live_session_booking_approver')
  @Column({ name: 'approver_id', type: 'uuid', nullable: true })
  approverId!: string | null;

  /** The manager's answer; null while pending or when no approval was needed. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  approval!: 'approved' | 'declined' | null;

  @Column({ name: 'approval_decided_at', type: 'timestamptz', nullable: true })
  approvalDecidedAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
