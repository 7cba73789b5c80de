import { Injectable, OnModuleInit } from '@nestjs/common';
import { TenantDb } from '@larnav/api/db';
import { JobQueue } from '@larnav/api/jobs';
import { Mailer } from '../mail/mailer';
import { weekOf } from './reminder-plan';
import { digestMail, DigestRow, languageOf } from './reminder-texts';
import { DIGEST_TENANT_JOB, Reminders } from './reminders.service';

/**
 * The weekly digest to HR: each HR officer gets one mail listing the overdue people in the
 * subtrees their HR grants cover (a grant without a unit covers the whole municipality), once
 * per week however often the job runs.
 */
@Injectable()
export class HrDigest implements OnModuleInit {
  constructor(
    private readonly db: TenantDb,
    private readonly queue: JobQueue,
    private readonly reminders: Reminders,
    private readonly mailer: Mailer,
  ) {}

  onModuleInit(): void {
    this.queue.define<{ tenantId: string; day: string }>({
      name: DIGEST_TENANT_JOB,
      handler: async ({ day }) => void (await this.send(day)),
    });
  }

  /** The digests for the week of `day`; how many mails were written. */
  async send(day: string): Promise<number> {
    const overdue = (await this.reminders.open(day)).filter((r) => r.due < day);
    if (overdue.length === 0) return 0;
    const covered: { hr_id: string; person_id: string; person: string; unit: string }[] = await this.db.transaction(
      (em) =>
        em.query(
          `SELECT DISTINCT g.person_id AS hr_id, staff.id AS person_id, staff.name AS person, u.name AS unit
             FROM role_grant g
             LEFT JOIN org_unit gu ON gu.id = g.org_unit_id
             JOIN employment e ON e.start_date <= $1::date AND (e.end_date IS NULL OR e.end_date >= $1::date)
             JOIN org_unit u ON u.id = e.org_unit_id AND (g.org_unit_id IS NULL OR u.path <@ gu.path)
             JOIN person staff ON staff.id = e.person_id
            WHERE g.role = 'hr' AND e.person_id = ANY($2::uuid[])`,
          [day, [...new Set(overdue.map((r) => r.personId))]],
        ),
    );
    if (covered.length === 0) return 0;
    const [officers, titles, base] = await Promise.all([
      this.reminders.recipients([...new Set(covered.map((c) => c.hr_id))]),
      this.reminders.titles(),
      this.reminders.linkBase(),
    ]);
    const written = [];
    for (const officer of officers.values()) {
      const language = languageOf(officer.locale);
      const rows: DigestRow[] = covered
        .filter((c) => c.hr_id === officer.id)
        .flatMap((c) =>
          overdue
            .filter((r) => r.personId === c.person_id && titles.has(r.moduleId))
            .map((r) => {
              const title = titles.get(r.moduleId);
              return {
                person: c.person,
                unit: c.unit,
                module: (language === 'en' ? title?.en : null) ?? title?.sv ?? '',
                due: r.due,
              };
            }),
        )
        .sort((a, b) => a.person.localeCompare(b.person, 'sv') || a.due.localeCompare(b.due));
      if (rows.length === 0) continue;
      const message = digestMail(officer.email, officer.name, rows, `${base}/`, language);
      const mail = await this.reminders.once(officer.id, 'hr-digest', `digest:${weekOf(day)}`, message);
      if (mail) written.push(mail);
    }
    await this.mailer.dispatch(written);
    return written.length;
  }
}
