import ICAL from 'ical.js';
import { ParsedMail } from 'mailparser';
import { startSmtpServer, until } from '../notifications/mail-world';
import { createTestApp, TestApp } from '../testing/test-app';
import { teamWorld } from './team-world';

/**
 * Manager approval of bookings (issue 11): a session that requires it takes a booking that holds
 * no place and mails the booker's manager; approving takes a free place (with the invitation) or
 * the waitlist, declining cancels and tells the learner. Mails read from a real SMTP server.
 */
describe('booking approval by the manager', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let world: Awaited<ReturnType<typeof teamWorld>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({
      config: {
        LARNAV_SMTP_URL: smtp.url,
        LARNAV_MAIL_FROM: 'Lärnav <larnav@test.se>',
        LARNAV_SIGN_IN_RATE_LIMIT: 10_000,
      },
    });
    world = await teamWorld(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const sent = async (): Promise<ParsedMail[]> => {
    await until(async () => {
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbound_mail WHERE status <> 'sent'`);
      return n === 0;
    }, 'every mail sent');
    return smtp.received;
  };
  const to = (address: string) => (mail: ParsedMail) =>
    !!mail.to && !Array.isArray(mail.to) && mail.to.text === address;
  const session = async (capacity: number) =>
    (
      await world.trainer
        .post('/api/live-sessions')
        .send({
          moduleId: world.moduleId,
          occurrences: [{ startsAt: '2099-07-01T09:00', endsAt: '2099-07-01T12:00' }],
          place: 'Sessionssalen',
          capacity,
          requiresApproval: true,
        })
        .expect(201)
    ).body.sessions[0].id as string;
  const freePlaces = async (sessionId: string) =>
    (await world.trainer.get(`/api/live-sessions/${sessionId}`).expect(200)).body.freePlaces as number;

  it('holds no place while pending, mails the chef, and on approval books with an invitation or waitlists', async () => {
    const sessionId = await session(1);
    const karin = (await world.trainer.post('/api/live-bookings').send({ sessionId }).expect(201)).body;
    expect(karin.status).toBe('pending-approval');
    const maria = (await world.maria.post('/api/live-bookings').send({ sessionId }).expect(201)).body;
    expect(maria.status).toBe('pending-approval');
    expect(await freePlaces(sessionId)).toBe(1);
    const asks = (await sent()).filter(to('sara.lindqvist@stenungsund.se'));
    expect(asks.map((m) => m.subject)).toEqual([
      'Godkännande behövs: Karin Sjöberg, Informationssäkerhet 2099-07-01 09:00–12:00',
      'Godkännande behövs: Maria Ekström, Informationssäkerhet 2099-07-01 09:00–12:00',
    ]);
    expect(asks[0].text).toContain('https://stenungsund.test/my-team');
    // The learners got no calendar entry yet.
    expect((await sent()).filter(to('karin.sjoberg@stenungsund.se'))).toEqual([]);

    const pending = (await world.sara.get('/api/my-team/approvals').expect(200)).body.approvals;
    expect(pending.map((a: { person: { name: string } }) => a.person.name)).toEqual(['Karin Sjöberg', 'Maria Ekström']);
    expect(pending[0].session).toMatchObject({ id: sessionId, moduleTitle: 'Informationssäkerhet' });
    // Only the manager asked may answer; anyone else gets 404.
    await world.admin.post(`/api/my-team/approvals/${karin.id}/approve`).expect(404);
    await world.trainer.post(`/api/my-team/approvals/${karin.id}/approve`).expect(404);

    expect((await world.sara.post(`/api/my-team/approvals/${karin.id}/approve`).expect(200)).body.status).toBe(
      'booked',
    );
    expect((await world.sara.post(`/api/my-team/approvals/${maria.id}/approve`).expect(200)).body.status).toBe(
      'waitlisted',
    );
    const again = await world.sara.post(`/api/my-team/approvals/${karin.id}/approve`).expect(409);
    expect(again.body.code).toBe('approval_not_pending');
    expect(await freePlaces(sessionId)).toBe(0);

    const booked = (await sent()).filter(to('karin.sjoberg@stenungsund.se'));
    expect(booked).toHaveLength(1);
    const ics = booked[0].attachments.find((a) => a.contentType === 'text/calendar')?.content.toString('utf8') ?? '';
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid')).toBe(
      `live-session-booking-${karin.id}@larnav`,
    );
    const waitlisted = (await sent()).filter(to('maria.ekstrom@stenungsund.se'));
    expect(waitlisted.map((m) => m.subject)).toEqual(['Väntelista: Informationssäkerhet 2099-07-01 09:00–12:00']);
    expect((await world.sara.get('/api/my-team/approvals').expect(200)).body.approvals).toEqual([]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'booking-approved' AND actor_person_id = $1`,
      [world.people.sara],
    );
    expect(n).toBe(2);
  });

  it('tells the learner when the manager declines, and lets them ask again', async () => {
    const sessionId = await session(5);
    const karin = (await world.trainer.post('/api/live-bookings').send({ sessionId }).expect(201)).body;
    const before = (await sent()).length;
    expect((await world.sara.post(`/api/my-team/approvals/${karin.id}/decline`).expect(200)).body.status).toBe(
      'cancelled',
    );
    const told = (await sent()).slice(before).filter(to('karin.sjoberg@stenungsund.se'));
    expect(told.map((m) => m.subject)).toEqual(['Inte godkänd: Informationssäkerhet 2099-07-01 09:00–12:00']);
    expect(told[0].attachments.filter((a) => a.contentType === 'text/calendar')).toEqual([]);
    expect(await freePlaces(sessionId)).toBe(5);
    const [row] = await t.dataSource.query(`SELECT status, approval FROM live_session_booking WHERE id = $1`, [
      karin.id,
    ]);
    expect(row).toEqual({ status: 'cancelled', approval: 'declined' });
    expect((await world.trainer.post('/api/live-bookings').send({ sessionId }).expect(201)).body.status).toBe(
      'pending-approval',
    );
  });

  it('cancels pending bookings with the session, and then there is nothing left to approve', async () => {
    const sessionId = await session(5);
    const karin = (await world.trainer.post('/api/live-bookings').send({ sessionId }).expect(201)).body;
    await world.trainer
      .post(`/api/live-sessions/${sessionId}/cancel`)
      .send({ reason: 'Utbildaren är sjuk.' })
      .expect(200);
    const [row] = await t.dataSource.query(`SELECT status FROM live_session_booking WHERE id = $1`, [karin.id]);
    expect(row.status).toBe('cancelled');
    // (Karin's new request of the earlier session still waits; this session's is gone.)
    const waiting = (await world.sara.get('/api/my-team/approvals').expect(200)).body.approvals;
    expect(waiting.map((a: { session: { id: string } }) => a.session.id)).not.toContain(sessionId);
    expect(waiting.map((a: { bookingId: string }) => a.bookingId)).not.toContain(karin.id);
    const late = await world.sara.post(`/api/my-team/approvals/${karin.id}/approve`).expect(409);
    expect(late.body.code).toBe('approval_not_pending');
  });

  it('refuses, naming whom to ask, when Lärnav knows no manager for the booker', async () => {
    // Sara works in SBF, which has no chef, and has no manager link.
    const sessionId = await session(5);
    const refused = await world.sara.post('/api/live-bookings').send({ sessionId }).expect(422);
    expect(refused.body.code).toBe('no_manager_for_approval');
    expect(refused.body.detail).toContain('administrator');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM live_session_booking WHERE session_id = $1`,
      [sessionId],
    );
    expect(n).toBe(0);
  });
});
