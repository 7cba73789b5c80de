import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { EntityManager } from 'typeorm';
import { TenantDb } from '@larnav/api/db';
import { JobQueue } from '@larnav/api/jobs';
import { TenantService } from '@larnav/api/tenancy';
import addressparser from 'nodemailer/lib/addressparser';
import { CalendarMethod, MailKind, MailStatus, OutboundMail } from '../entities';
import { MAIL_OPTIONS, MailOptions } from './mail-options';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  kind: MailKind;
  /** A calendar invitation, sent as a `text/calendar; method=…` alternative beside text and HTML. */
  calendar?: { method: CalendarMethod; content: string };
}

export const DELIVER_JOB = 'mail.deliver';
const SWEEP_JOB = 'mail.sweep';
const SWEEP_TENANT_JOB = 'mail.sweep-tenant';
/** A queued mail older than this had its delivery job lost (a crash between commit and enqueue). */
const LOST_AFTER_MINUTES = 5;

/**
 * Mail goes out in two steps: `write` puts it in `outbound_mail` inside the caller's transaction
 * (so the decision to mail and the mail commit together), and after the commit `dispatch` hands
 * it to a delivery job. A crash between the two leaves a `queued` row, which the sweep finds and
 * dispatches again; the delivery job sends only a row it holds locked and still finds unsent, so
 * two jobs for one mail send it once. (If the process dies after the SMTP server accepted a mail
 * but before the commit, it is sent again: SMTP itself has no exactly-once.)
 */
@Injectable()
export class Mailer implements OnModuleInit {
  private readonly logger = new Logger(Mailer.name);
  private transport: Transporter | null = null;

  constructor(
    private readonly db: TenantDb,
    private readonly queue: JobQueue,
    private readonly tenants: TenantService,
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
  ) {}

  onModuleInit(): void {
    this.queue.define<{ tenantId: string; mailId: string }>({
      name: DELIVER_JOB,
      handler: ({ mailId }) => this.deliver(mailId),
      retryLimit: 5,
    });
    this.queue.define<object>({
      name: SWEEP_JOB,
      handler: async () => {
        for (const tenant of await this.tenants.all())
          await this.queue.send(SWEEP_TENANT_JOB, { tenantId: tenant.id }, { singletonKey: tenant.id });
      },
    });
    this.queue.define<{ tenantId: string }>({
      name: SWEEP_TENANT_JOB,
      handler: async () => void (await this.sweep()),
      policy: 'short',
    });
    if (this.options.smtpUrl) this.queue.schedule(SWEEP_JOB, '*/10 * * * *');
  }

  /** Whether mail leaves at all; without an SMTP server it is only kept in the outbox. */
  get sends(): boolean {
    return this.options.smtpUrl !== null;
  }

  /** Who mails come from: the ORGANIZER of calendar invitations. */
  get sender(): { name: string; address: string } {
    const [first] = addressparser(this.options.from, { flatten: true });
    return { name: first?.name || 'Lärnav', address: first?.address || this.options.from };
  }

  /** Writes a mail in the caller's transaction; `dispatch` it once that has committed. */
  async write(em: EntityManager, message: MailMessage, id?: string): Promise<OutboundMail> {
    const status: MailStatus = this.sends ? 'queued' : 'held';
    return em.save(
      em.create(OutboundMail, {
        id,
        tenantId: this.db.tenantId(),
        toAddress: message.to,
        subject: message.subject.slice(0, 300),
        text: message.text,
        html: message.html,
        kind: message.kind,
        calendar: message.calendar?.content ?? null,
        calendarMethod: message.calendar?.method ?? null,
        status,
        error: null,
        sentAt: null,
      }),
    );
  }

  /** After the commit: one delivery job per mail written. */
  async dispatch(mails: Pick<OutboundMail, 'id' | 'status'>[]): Promise<void> {
    const tenantId = this.db.tenantId();
    for (const mail of mails)
      if (mail.status === 'queued') await this.queue.send(DELIVER_JOB, { tenantId, mailId: mail.id });
  }

  /** The delivery job: sends the mail if it is still unsent, holding its row so no one else does. */
  async deliver(mailId: string): Promise<void> {
    const transport = this.transporter();
    if (!transport) return;
    const failure = await this.db.transaction(async (em) => {
      const [mail]: {
        to_address: string;
        subject: string;
        text: string;
        html: string;
        calendar: string | null;
        calendar_method: CalendarMethod | null;
        status: MailStatus;
      }[] = await em.query(
        `SELECT to_address, subject, text, html, calendar, calendar_method, status FROM outbound_mail WHERE id = $1 FOR UPDATE`,
        [mailId],
      );
      if (!mail || (mail.status !== 'queued' && mail.status !== 'failed')) return null;
      try {
        await transport.sendMail({
          from: this.options.from,
          to: mail.to_address,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          // nodemailer adds it as a text/calendar alternative with the method parameter Outlook reads.
          ...(mail.calendar && mail.calendar_method
            ? { icalEvent: { method: mail.calendar_method, content: mail.calendar } }
            : {}),
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await em.query(
          `UPDATE outbound_mail SET status = 'failed', error = $2, attempts = attempts + 1 WHERE id = $1`,
          [mailId, message.slice(0, 2000)],
        );
        return error;
      }
      await em.query(
        `UPDATE outbound_mail SET status = 'sent', error = NULL, attempts = attempts + 1, sent_at = now() WHERE id = $1`,
        [mailId],
      );
      return null;
    });
    // The failure is recorded (committed); throwing lets the queue try again later.
    if (failure) throw failure;
  }

  /** Finds mails whose delivery job was lost and dispatches them again. */
  async sweep(): Promise<number> {
    const lost: { id: string }[] = await this.db.transaction((em) =>
      em.query(
        `SELECT id FROM outbound_mail WHERE status = 'queued' AND created_at < now() - make_interval(mins => $1)`,
        [LOST_AFTER_MINUTES],
      ),
    );
    if (lost.length) this.logger.warn({ count: lost.length }, 'Dispatching queued mails again');
    await this.dispatch(lost.map((m) => ({ id: m.id, status: 'queued' })));
    return lost.length;
  }

  private transporter(): Transporter | null {
    if (!this.options.smtpUrl) return null;
    this.transport ??= createTransport(this.options.smtpUrl);
    return this.transport;
  }
}
