import { runAsTenant, TenantDb } from '@larnav/api/db';
import { Mailer, Reminders } from '@larnav/api/notifications';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';
import { reminderWorld } from './mail-world';

/**
 * Without an SMTP server (the demo) mail is only kept: admins read it in the outbox, and only
 * their own municipality's.
 */
describe('the outbox without an SMTP server', () => {
  let t: TestApp;
  let stenungsund: Awaited<ReturnType<typeof reminderWorld>>;
  let tjornMailId: string;

  beforeAll(async () => {
    t = await createTestApp();
    stenungsund = await reminderWorld(t, 'stenungsund');
    expect(await stenungsund.inTenant(() => t.app.get(Reminders).remind('2027-03-15'))).toBe(2);
    // Another municipality's mail, in the same database.
    const tjorn = await t.createTenant('tjorn', 'Tjörns kommun');
    tjornMailId = (
      await runAsTenant(tjorn.tenant.id, () =>
        t.app
          .get(TenantDb)
          .transaction((em) =>
            t.app
              .get(Mailer)
              .write(em, { to: 'erik@tjorn.se', subject: 'Tjörn', text: 't', html: 't', kind: 'reminder-due' }),
          ),
      )
    ).id;
  });
  afterAll(() => t.close());

  it('keeps the mails, held, for admins to read with their bodies', async () => {
    const list = (await stenungsund.admin.get('/api/outbox').expect(200)).body;
    expect(list.map((m: { to: string }) => m.to).sort()).toEqual(['anna@stenungsund.se', 'bo@stenungsund.se']);
    const anna = list.find((m: { to: string }) => m.to === 'anna@stenungsund.se');
    expect(anna).toMatchObject({
      kind: 'reminder-due',
      status: 'held',
      sentAt: null,
      subject: 'Sista dag i dag: Informationssäkerhet',
    });
    const detail = (await stenungsund.admin.get(`/api/outbox/${anna.id}`).expect(200)).body;
    expect(detail.text).toContain(`https://stenungsund.test/my-training/${stenungsund.moduleId}`);
    expect(detail.html).toContain('<a href=');
  });

  it('shows no other municipality’s mail', async () => {
    const ours = (await stenungsund.admin.get('/api/outbox').expect(200)).body;
    expect(ours.map((m: { id: string }) => m.id)).not.toContain(tjornMailId);
    expect(ours).toHaveLength(2);
    await stenungsund.admin.get(`/api/outbox/${tjornMailId}`).expect(404);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbound_mail WHERE id = $1`, [
      tjornMailId,
    ]);
    expect(n).toBe(1);
  });

  it('is for admins only', async () => {
    const host = 'stenungsund.test';
    const caseworker = t.as(await t.signIn(host, ACCOUNT.caseworker));
    const hr = t.as(await t.signIn(host, ACCOUNT.hr));
    await caseworker.get('/api/outbox').expect(403);
    await hr.get('/api/outbox').expect(403);
    await stenungsund.admin.get('/api/outbox/not-a-uuid').expect(400);
  });
});
