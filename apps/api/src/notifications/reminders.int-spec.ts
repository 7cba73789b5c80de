import { ParsedMail } from 'mailparser';
import { TenantDb } from '@larnav/api/db';
import { JobQueue } from '@larnav/api/jobs';
import { DELIVER_JOB, HrDigest, Mailer, Reminders, REMINDERS_TENANT_JOB } from '@larnav/api/notifications';
import { createTestApp, TestApp } from '../testing/test-app';
import { reminderWorld, startSmtpServer, until } from './mail-world';

/**
 * Reminders (issue 9, part 5) through a real SMTP server: before, on and weekly after the due
 * date, the HR digest, and one mail per person and occasion however many workers run the day.
 */
describe('reminders by mail', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let world: Awaited<ReturnType<typeof reminderWorld>>;
  const replicas: JobQueue[] = [];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ config: { LARNAV_SMTP_URL: smtp.url, LARNAV_MAIL_FROM: 'Lärnav <larnav@test.se>' } });
    world = await reminderWorld(t, 'stenungsund');
  });
  afterAll(async () => {
    await Promise.all(replicas.map((queue) => queue.onApplicationShutdown()));
    await t.close();
    await smtp.close();
  });

  const remind = (day: string) => world.inTenant(() => t.app.get(Reminders).remind(day));
  const to = (key: string) => (mail: ParsedMail) =>
    mail.to && !Array.isArray(mail.to) && mail.to.text === `${key}@stenungsund.se`;
  /** Waits until every mail written is sent, then returns what the server got since `from`. */
  const delivered = async (from: number): Promise<ParsedMail[]> => {
    await until(async () => {
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbound_mail WHERE status <> 'sent'`);
      return n === 0;
    }, 'every mail sent');
    return smtp.received.slice(from);
  };

  it('reminds a week before the due date, in the person’s language, with a link into the module', async () => {
    expect(await remind('2027-03-07')).toBe(0);
    expect(await remind('2027-03-08')).toBe(2);
    const mails = await delivered(0);
    expect(mails).toHaveLength(2);
    const anna = mails.find(to('anna'));
    const bo = mails.find(to('bo'));
    expect(anna?.subject).toBe('Påminnelse: Informationssäkerhet ska vara klar 2027-03-15');
    expect(anna?.text).toContain('om 7 dagar');
    expect(anna?.text).toContain(`https://stenungsund.test/my-training/${world.moduleId}`);
    expect(anna?.html).toContain(`href="https://stenungsund.test/my-training/${world.moduleId}"`);
    expect(anna?.from?.text).toContain('larnav@test.se');
    expect(bo?.subject).toBe('Reminder: Information security is due 2027-03-15');
    expect(bo?.text).toContain('Open the training');
    // The rest of the week's window: already reminded.
    expect(await remind('2027-03-10')).toBe(0);
  });

  it('reminds on the due date and weekly while overdue, each once', async () => {
    const from = smtp.received.length;
    expect(await remind('2027-03-15')).toBe(2);
    expect(await remind('2027-03-16')).toBe(0);
    expect(await remind('2027-03-22')).toBe(2);
    expect(await remind('2027-03-22')).toBe(0);
    const mails = await delivered(from);
    expect(mails.filter(to('anna')).map((m) => m.subject)).toEqual([
      'Sista dag i dag: Informationssäkerhet',
      'Försenad: Informationssäkerhet',
    ]);
    expect(mails.find((m) => to('bo')(m) && m.subject?.startsWith('Overdue'))?.text).toContain('7 days overdue');
    expect(mails.filter(to('cecilia'))).toEqual([]);
  });

  it('sends HR a weekly digest of their units’ overdue people only', async () => {
    const from = smtp.received.length;
    const digest = (day: string) => world.inTenant(() => t.app.get(HrDigest).send(day));
    expect(await digest('2027-03-22')).toBe(1);
    expect(await digest('2027-03-24')).toBe(0);
    const [mail, ...others] = await delivered(from);
    expect(others).toEqual([]);
    expect(to('helena')(mail)).toBe(true);
    expect(mail.subject).toBe('Försenade utbildningar på dina enheter: 2 personer');
    expect(mail.text).toContain('Anna Andersson (Bygglov): Informationssäkerhet, skulle vara klar 2027-03-15');
    expect(mail.text).toContain('Bo Berg (Bygglov)');
    expect(mail.text).not.toContain('Cecilia');
  });

  it('sends one mail per person and occasion when two replicas work the same day’s run', async () => {
    const from = smtp.received.length;
    // A second API replica: its own pg-boss workers on the same queue, doing the same work.
    const other = new JobQueue({ databaseUrl: (t.dataSource.options as { url: string }).url, work: true });
    replicas.push(other);
    other.define<{ day: string }>({
      name: REMINDERS_TENANT_JOB,
      handler: async ({ day }) => void (await t.app.get(Reminders).remind(day)),
    });
    other.define<{ mailId: string }>({ name: DELIVER_JOB, handler: ({ mailId }) => t.app.get(Mailer).deliver(mailId) });
    await other.onApplicationBootstrap();
    const mine = t.app.get(JobQueue);
    const job = { tenantId: world.tenantId, day: '2027-03-29' };
    // The day's run queued four times from both replicas (a retried schedule, a double fan-out).
    await Promise.all([mine.send(REMINDERS_TENANT_JOB, job), other.send(REMINDERS_TENANT_JOB, job)]);
    await Promise.all([mine.send(REMINDERS_TENANT_JOB, job), other.send(REMINDERS_TENANT_JOB, job)]);
    // And run at the same moment in this process, racing the workers.
    await Promise.all([remind('2027-03-29'), remind('2027-03-29')]);
    await until(async () => {
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name IN ($1, $2) AND state IN ('created', 'retry', 'active')`,
        [REMINDERS_TENANT_JOB, DELIVER_JOB],
      );
      return n === 0;
    }, 'the queue to drain');
    const mails = await delivered(from);
    expect(mails.map((m) => (m.to && !Array.isArray(m.to) ? m.to.text : '')).sort()).toEqual([
      'anna@stenungsund.se',
      'bo@stenungsund.se',
    ]);
    const guards = await t.dataSource.query(
      `SELECT person_id FROM reminder_sent WHERE occasion = 'overdue:2027-03-15:2'`,
    );
    expect(guards).toHaveLength(2);
  });

  it('refuses to write the same occasion twice at the database, even directly', async () => {
    const [guard] = await t.dataSource.query(`SELECT tenant_id, person_id, topic, occasion FROM reminder_sent LIMIT 1`);
    await expect(
      t.dataSource.query(
        `INSERT INTO reminder_sent (tenant_id, person_id, topic, occasion, mail_id) VALUES ($1, $2, $3, $4, gen_random_uuid())`,
        [guard.tenant_id, guard.person_id, guard.topic, guard.occasion],
      ),
    ).rejects.toThrow(/UQ_reminder_sent_occasion/);
  });

  it('delivers a mail whose delivery job was lost, and a mail delivered twice at once only once', async () => {
    const from = smtp.received.length;
    const mailer = t.app.get(Mailer);
    const write = (subject: string) =>
      world.inTenant(() =>
        t.app
          .get(TenantDb)
          .transaction((em) =>
            mailer.write(em, {
              to: 'anna@stenungsund.se',
              subject,
              text: subject,
              html: subject,
              kind: 'reminder-due',
            }),
          ),
      );
    // Written, then the process "crashed" before its job was queued: only the sweep finds it.
    const lost = await write('Förlorad');
    await t.dataSource.query(`UPDATE outbound_mail SET created_at = now() - interval '1 hour' WHERE id = $1`, [
      lost.id,
    ]);
    expect(await world.inTenant(() => mailer.sweep())).toBe(1);
    const twice = await write('Dubbel');
    await world.inTenant(() => Promise.all([mailer.deliver(twice.id), mailer.deliver(twice.id)]));
    const mails = await delivered(from);
    expect(mails.map((m) => m.subject).sort()).toEqual(['Dubbel', 'Förlorad']);
    expect(await world.inTenant(() => mailer.sweep())).toBe(0);
  });
});
