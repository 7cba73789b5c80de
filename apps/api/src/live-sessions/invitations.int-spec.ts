import ICAL from 'ical.js';
import { ParsedMail } from 'mailparser';
import { BookingService, SessionQueries } from '@larnav/api/live-sessions';
import { startSmtpServer, until } from '../notifications/mail-world';
import { createTestApp, TestApp } from '../testing/test-app';
import { liveSessionWorld } from './live-world';

interface Invitation {
  method: string;
  contentTypeMethod: string | undefined;
  uid: string;
  sequence: number;
  dtstart: string;
  status: string;
  organizer: string;
  attendee: string;
}

/** The mail's text/calendar alternative, parsed back by an iCalendar parser (ical.js). */
function invitationOf(mail: ParsedMail): Invitation | null {
  const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) return null;
  const ics = part.content.toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('No VEVENT in the invitation');
  const contentType = part.headers.get('content-type') as { params?: Record<string, string> } | undefined;
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    contentTypeMethod: contentType?.params?.['method'],
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    dtstart: /DTSTART[^:]*:(\S+)/.exec(ics)?.[1] ?? '',
    status: String(event.getFirstPropertyValue('status')),
    organizer: String(event.getFirstPropertyValue('organizer')).toLowerCase(),
    attendee: String(event.getFirstProperty('attendee')?.getFirstValue()).toLowerCase(),
  };
}

/**
 * Calendar invitations (issue 11, part 3) through a real SMTP server: one UID per booking for
 * its whole life, SEQUENCE raised on every change, METHOD:CANCEL to remove, UTC times that are
 * right on both sides of summer time, and text and HTML in the person's language; a cancelled
 * session tells why, and cancelling without a reason is refused.
 */
describe('live sessions: calendar invitations by mail', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let world: Awaited<ReturnType<typeof liveSessionWorld>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ config: { LARNAV_SMTP_URL: smtp.url, LARNAV_MAIL_FROM: 'Lärnav <larnav@test.se>' } });
    world = await liveSessionWorld(t);
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
  const lastTo = async (address: string) => (await sent()).filter(to(address)).at(-1);

  it('invites, updates on a move across summer time, cancels, and promotes, all with one UID per booking', async () => {
    const [bo, cecilia] = await world.hire(2, world.units.bygglov, 'Gäst');
    await t.dataSource.query(`UPDATE person SET locale = 'en' WHERE id = $1`, [bo]);
    const session = (
      await world.trainer
        .post('/api/live-sessions')
        .send({
          moduleId: world.moduleId,
          occurrences: [{ startsAt: '2099-07-01T09:00', endsAt: '2099-07-01T12:00' }],
          place: 'Kommunfullmäktiges sessionssal',
          capacity: 2,
        })
        .expect(201)
    ).body.sessions[0];
    const booking = t.app.get(BookingService);

    // Sara books: a REQUEST at 07:00Z (09:00 Swedish summer time), SEQUENCE 0, in Swedish.
    const sara = (await world.learner.post('/api/live-bookings').send({ sessionId: session.id }).expect(201)).body;
    const saraMail = await lastTo('sara.lindqvist@stenungsund.se');
    const first = invitationOf(saraMail!);
    expect(first).toMatchObject({
      method: 'REQUEST',
      contentTypeMethod: 'REQUEST',
      sequence: 0,
      dtstart: '20990701T070000Z',
      status: 'CONFIRMED',
      organizer: 'mailto:larnav@test.se',
      attendee: 'mailto:sara.lindqvist@stenungsund.se',
    });
    expect(saraMail?.subject).toBe('Bokad: Näringslivsperspektiv 2099-07-01 09:00–12:00');
    expect(saraMail?.text).toContain('Plats: Kommunfullmäktiges sessionssal');
    expect(saraMail?.html).toContain(`href="https://stenungsund.test/my-training/${world.moduleId}"`);
    const [{ ical_uid }] = await t.dataSource.query(`SELECT ical_uid FROM live_session_booking WHERE id = $1`, [
      sara.id,
    ]);
    expect(first?.uid).toBe(ical_uid);

    // Bo (English) takes the second place; Cecilia is waitlisted: a mail without an invitation.
    await world.inTenant(() => booking.book(session.id, world.learnerActor(bo)));
    const boMail = await lastTo('gäst0@stenungsund.se');
    expect(boMail?.subject).toBe('Booked: The business perspective 2099-07-01 09:00–12:00');
    expect(boMail?.text).toContain('Times are Swedish time.');
    await world.inTenant(() => booking.book(session.id, world.learnerActor(cecilia)));
    const waitMail = await lastTo('gäst1@stenungsund.se');
    expect(waitMail?.subject).toBe('Väntelista: Näringslivsperspektiv 2099-07-01 09:00–12:00');
    expect(waitMail?.text).toContain('plats 1 i väntelistan');
    expect(invitationOf(waitMail!)).toBeNull();

    // Moved to January: the same UID, SEQUENCE 1, 08:00Z (09:00 Swedish winter time).
    await world.trainer
      .patch(`/api/live-sessions/${session.id}`)
      .send({ startsAt: '2099-01-14T09:00', endsAt: '2099-01-14T12:00' })
      .expect(200);
    const moved = invitationOf((await lastTo('sara.lindqvist@stenungsund.se'))!);
    expect(moved).toMatchObject({ method: 'REQUEST', uid: first?.uid, sequence: 1, dtstart: '20990114T080000Z' });
    expect((await lastTo('gäst0@stenungsund.se'))?.subject).toBe('New time or place: The business perspective');

    // Sara cancels: METHOD:CANCEL with the same UID and a higher SEQUENCE.
    await world.learner.post(`/api/live-bookings/${sara.id}/cancel`).expect(200);
    const cancel = invitationOf((await lastTo('sara.lindqvist@stenungsund.se'))!);
    expect(cancel).toMatchObject({
      method: 'CANCEL',
      contentTypeMethod: 'CANCEL',
      uid: first?.uid,
      sequence: 2,
      status: 'CANCELLED',
    });

    // Cecilia is promoted: her first REQUEST, with her own booking's UID.
    const promotedMail = await lastTo('gäst1@stenungsund.se');
    expect(promotedMail?.subject).toBe('Du har fått en plats: Näringslivsperspektiv 2099-01-14 09:00–12:00');
    const promoted = invitationOf(promotedMail!);
    expect(promoted).toMatchObject({ method: 'REQUEST', sequence: 0, dtstart: '20990114T080000Z' });
    expect(promoted?.uid).not.toBe(first?.uid);

    // Cancelling without a reason is refused with a message to act on, and changes nothing.
    const mailsBefore = (await sent()).length;
    for (const body of [{}, { reason: '   ' }, { reason: 'x'.repeat(501) }]) {
      const refused = await world.trainer.post(`/api/live-sessions/${session.id}/cancel`).send(body).expect(400);
      expect(refused.body.code).toBe('validation_failed');
      expect(refused.body.detail).toMatch(/reason/);
    }
    const blank = await world.trainer.post(`/api/live-sessions/${session.id}/cancel`).send({ reason: ' ' });
    expect(blank.body.detail).toBe(
      'reason is required: say why the session is cancelled, so the people who booked know.',
    );
    const [untouched] = await t.dataSource.query(
      `SELECT status, cancellation_reason, cancelled_at FROM live_session WHERE id = $1`,
      [session.id],
    );
    expect(untouched).toEqual({ status: 'scheduled', cancellation_reason: null, cancelled_at: null });
    const open = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM live_session_booking WHERE session_id = $1 AND status = 'booked'`,
      [session.id],
    );
    expect(open[0].n).toBe(2);
    expect((await sent()).length).toBe(mailsBefore);

    // The session is cancelled with a reason: Bo and Cecilia get CANCEL for their own UIDs.
    const reason = 'Utbildaren är sjuk. Ett nytt pass kommer i februari.';
    const boUid = invitationOf(boMail!)?.uid;
    const cancelled = await world.trainer
      .post(`/api/live-sessions/${session.id}/cancel`)
      .send({ reason: `  ${reason}\n` })
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: reason });
    expect(Date.parse(cancelled.body.cancelledAt)).not.toBeNaN();
    const [stored] = await t.dataSource.query(`SELECT cancellation_reason FROM live_session WHERE id = $1`, [
      session.id,
    ]);
    expect(stored.cancellation_reason).toBe(reason);
    expect((await world.trainer.get(`/api/live-sessions/${session.id}`).expect(200)).body.cancellationReason).toBe(
      reason,
    );
    const boCancel = invitationOf((await lastTo('gäst0@stenungsund.se'))!);
    expect(boCancel).toMatchObject({ method: 'CANCEL', uid: boUid, sequence: 2 });
    const ceciliaCancel = invitationOf((await lastTo('gäst1@stenungsund.se'))!);
    expect(ceciliaCancel).toMatchObject({ method: 'CANCEL', uid: promoted?.uid, sequence: 1 });
    const ceciliaMail = await lastTo('gäst1@stenungsund.se');
    expect(ceciliaMail?.subject).toBe('Inställt: Näringslivsperspektiv 2099-01-14 09:00–12:00');
    expect(ceciliaMail?.text).toContain(`Anledning: ${reason}`);
    expect(ceciliaMail?.html).toContain(`<p>Anledning: ${reason}</p>`);
    expect((await lastTo('gäst0@stenungsund.se'))?.text).toContain(`Reason: ${reason}`);

    // Cecilia still sees the session among her bookings, called off and why; Sara, who left it before, does not.
    const queries = t.app.get(SessionQueries);
    const ceciliaBookings = await world.inTenant(() => queries.myBookings(cecilia));
    expect(ceciliaBookings.find((b) => b.session.id === session.id)).toMatchObject({
      status: 'cancelled',
      session: { status: 'cancelled', cancellationReason: reason },
    });
    const saraBookings = (await world.learner.get('/api/live-bookings').expect(200)).body.bookings;
    expect(saraBookings.map((b: { session: { id: string } }) => b.session.id)).not.toContain(session.id);

    // Cancelling again changes nothing and mails no one.
    const mailsAfter = (await sent()).length;
    await world.trainer.post(`/api/live-sessions/${session.id}/cancel`).send({ reason: 'Annat' }).expect(200);
    expect((await sent()).length).toBe(mailsAfter);
    expect((await world.trainer.get(`/api/live-sessions/${session.id}`).expect(200)).body.cancellationReason).toBe(
      reason,
    );
  });
});
