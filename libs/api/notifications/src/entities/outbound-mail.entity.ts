import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TenantOwned } from '@larnav/api/tenancy';

/**
 * `queued`: written, waiting for the delivery job; `sent`: the SMTP server accepted it;
 * `failed`: the last attempt was refused (see `error`), retried by the queue and the sweep;
 * `held`: no SMTP server is configured (the demo), so the outbox is where it is read.
 */
export type MailStatus = 'queued' | 'sent' | 'failed' | 'held';

/** What a mail is about; the outbox filters and shows it. */
export type MailKind =
  | 'reminder-before'
  | 'reminder-due'
  | 'reminder-overdue'
  | 'hr-digest'
  | 'session-invitation'
  | 'session-update'
  | 'session-cancellation'
  | 'session-waitlisted'
  | 'booking-approval-request'
  | 'booking-declined'
  | 'reminder-manager';
export const MAIL_KINDS: MailKind[] = [
  'reminder-before',
  'reminder-due',
  'reminder-overdue',
  'hr-digest',
  'session-invitation',
  'session-update',
  'session-cancellation',
  'session-waitlisted',
  'booking-approval-request',
  'booking-declined',
  'reminder-manager',
];

/** An iTIP method (RFC 5546) a calendar invitation is sent with. */
export type CalendarMethod = 'REQUEST' | 'CANCEL';

/**
 * Every mail Lärnav sends, written before it is sent (in the transaction that decided to send
 * it), so that a crash loses none and the delivery job, which sends only a `queued` row it holds
 * locked, never sends one twice.
 */
@Entity({ name: 'outbound_mail' })
@Index('IDX_outbound_mail_time', ['tenantId', 'createdAt'])
@Index('IDX_outbound_mail_status', ['tenantId', 'status'])
export class OutboundMail extends TenantOwned {
  @Column({ name: 'to_address', type: 'varchar', length: 320 })
  toAddress!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  html!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: MailKind;

  /** An iCalendar object sent as the mail's `text/calendar` alternative, so calendars act on it. */
  @Column({ type: 'text', nullable: true })
  calendar!: string | null;

  @Column({ name: 'calendar_method', type: 'varchar', length: 10, nullable: true })
  calendarMethod!: CalendarMethod | null;

  @Column({ type: 'varchar', length: 10 })
  status!: MailStatus;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
