import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CatalogQueries } from '@larnav/api/catalog';
import { AssignmentEngine, Requirement } from '@larnav/api/compliance';
import { TenantDb } from '@larnav/api/db';
import { JobQueue } from '@larnav/api/jobs';
import { TenantService } from '@larnav/api/tenancy';
import { calendarDateAt } from '@larnav/contracts';
import { OutboundMail } from '../entities';
import { MailMessage, Mailer } from '../mail/mailer';
import { DEFAULT_REMINDER_SETTINGS, occasionOn, ReminderSettings } from './reminder-plan';
import { languageOf, reminderMail } from './reminder-texts';

const DAILY_JOB = 'reminders.daily';
export const REMINDERS_TENANT_JOB = 'reminders.tenant';
const DIGEST_JOB = 'reminders.digest';
export const DIGEST_TENANT_JOB = 'reminders.digest-tenant';

interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: string;
}

/** A module required of a person and not yet done: the earliest due date among the rules requiring it. */
export interface OpenRequirement {
  personId: string;
  moduleId: string;
  due: string;
}

/**
 * Reminders about required training, from the assignment engine's open requirements: one mail
 * per person, module and occasion (before, on and weekly after the due date), and a weekly
 * digest to each HR officer of their units' overdue people. A daily schedule fans out to one job
 * per municipality; however many replicas run it, `reminder_sent`'s unique key lets one mail out.
 */
@Injectable()
export class Reminders implements OnModuleInit {
  private readonly logger = new Logger(Reminders.name);

  constructor(
    private readonly db: TenantDb,
    private readonly queue: JobQueue,
    private readonly tenants: TenantService,
    private readonly engine: AssignmentEngine,
    private readonly catalog: CatalogQueries,
    private readonly mailer: Mailer,
  ) {}

  onModuleInit(): void {
    const fanOut = (job: string) => async () => {
      const day = calendarDateAt(new Date());
      for (const tenant of await this.tenants.all()) await this.queue.send(job, { tenantId: tenant.id, day });
    };
    this.queue.define<object>({ name: DAILY_JOB, handler: fanOut(REMINDERS_TENANT_JOB) });
    this.queue.define<object>({ name: DIGEST_JOB, handler: fanOut(DIGEST_TENANT_JOB) });
    // Its per-municipality job is HrDigest's.
    this.queue.define<{ tenantId: string; day: string }>({
      name: REMINDERS_TENANT_JOB,
      handler: async ({ day }) => void (await this.remind(day)),
    });
    // Stockholm time: early enough to be read at the start of the working day.
    this.queue.schedule(DAILY_JOB, '0 6 * * *');
    this.queue.schedule(DIGEST_JOB, '0 7 * * 1');
  }

  /** The reminders due on `day` in the current municipality; how many mails were written. */
  async remind(day: string, settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS): Promise<number> {
    const due = (await this.open(day))
      .map((r) => ({ ...r, occasion: occasionOn(day, r.due, settings) }))
      .filter((r) => r.occasion !== null);
    if (due.length === 0) return 0;
    const [people, titles, base] = await Promise.all([
      this.recipients([...new Set(due.map((r) => r.personId))]),
      this.titles(),
      this.linkBase(),
    ]);
    const written: OutboundMail[] = [];
    for (const r of due) {
      const person = people.get(r.personId);
      const title = titles.get(r.moduleId);
      if (!person || !title || !r.occasion) continue;
      const language = languageOf(person.locale);
      const message = reminderMail(
        {
          to: person.email,
          name: person.name,
          module: (language === 'en' ? title.en : null) ?? title.sv,
          due: r.due,
          link: `${base}/my-training/${r.moduleId}`,
          occasion: r.occasion,
        },
        language,
      );
      const mail = await this.once(person.id, r.moduleId, r.occasion.key, message);
      if (mail) written.push(mail);
    }
    await this.mailer.dispatch(written);
    this.logger.log({ day, mails: written.length }, 'Reminders written');
    return written.length;
  }

  /**
   * Writes the mail unless this person was already mailed about `topic` on `occasion`: the
   * guard row and the mail commit together, or neither does.
   */
  async once(personId: string, topic: string, occasion: string, message: MailMessage): Promise<OutboundMail | null> {
    return this.db.transaction(async (em: EntityManager) => {
      const mailId = randomUUID();
      const claimed: { id: string }[] = await em.query(
        `INSERT INTO reminder_sent (tenant_id, person_id, topic, occasion, mail_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, person_id, topic, occasion) DO NOTHING RETURNING id`,
        [this.db.tenantId(), personId, topic, occasion, mailId],
      );
      if (claimed.length === 0) return null;
      return this.mailer.write(em, message, mailId);
    });
  }

  /** Requirements open on `day` (not done, not exempt), one per person and module. */
  async open(day: string): Promise<OpenRequirement[]> {
    const requirements: Requirement[] = await this.engine.requirementsAt(day, null);
    const byKey = new Map<string, OpenRequirement>();
    for (const r of requirements) {
      if (r.compliant || r.exempt) continue;
      const key = `${r.personId}:${r.moduleId}`;
      const known = byKey.get(key);
      if (!known || r.effectiveDue < known.due)
        byKey.set(key, { personId: r.personId, moduleId: r.moduleId, due: r.effectiveDue });
    }
    return [...byKey.values()];
  }

  /** People who can be mailed: active, not deleted by the identity system. */
  async recipients(ids: string[]): Promise<Map<string, Recipient>> {
    const rows: Recipient[] = await this.db.transaction((em) =>
      em.query(
        `SELECT id, email, name, locale FROM person WHERE id = ANY($1::uuid[]) AND active AND deprovisioned_at IS NULL`,
        [ids],
      ),
    );
    return new Map(rows.map((p) => [p.id, p]));
  }

  async titles(): Promise<Map<string, { sv: string; en: string | null }>> {
    const modules = await this.catalog.published();
    return new Map(modules.map((m) => [m.id, { sv: m.title, en: m.titleEn }]));
  }

  /** The municipality's own address: links in mails open where its people sign in. */
  async linkBase(): Promise<string> {
    const tenant = await this.tenants.findById(this.db.tenantId());
    const host = tenant?.hostnames[0] ?? 'localhost';
    const local = host === 'localhost' || host.endsWith('.localhost');
    return `${local ? 'http' : 'https'}://${host}`;
  }
}
