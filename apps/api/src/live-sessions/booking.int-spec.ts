import { MyTrainingQueries } from '@larnav/api/learning';
import { BookingService } from '@larnav/api/live-sessions';
import { localTimeAt } from '@larnav/contracts';
import { createTestApp, TestApp } from '../testing/test-app';
import { liveSessionWorld, localDaysAhead } from './live-world';

/**
 * Live sessions (issue 11): scheduling one or a series, booking with a waitlist that promotes,
 * the refusals a learner can act on, and the last-place race on real PostgreSQL.
 */
describe('live sessions: scheduling and booking', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof liveSessionWorld>>;

  beforeAll(async () => {
    t = await createTestApp({ config: { DATABASE_POOL_SIZE: 20 } });
    world = await liveSessionWorld(t);
  });
  afterAll(() => t.close());

  const schedule = (overrides: Record<string, unknown> = {}) =>
    world.trainer.post('/api/live-sessions').send({
      moduleId: world.moduleId,
      occurrences: [{ startsAt: localDaysAhead(30, '09:00'), endsAt: localDaysAhead(30, '12:00') }],
      place: 'Kommunfullmäktiges sessionssal',
      capacity: 2,
      ...overrides,
    });

  it('schedules a series of identical sessions in one go, in Swedish local time', async () => {
    const res = await schedule({
      occurrences: [
        { startsAt: '2099-07-01T09:00', endsAt: '2099-07-01T12:00' },
        { startsAt: '2099-01-14T09:00', endsAt: '2099-01-15T16:00', bookingDeadline: '2099-01-07T16:00' },
      ],
    }).expect(201);
    const [winter, summer] = res.body.sessions;
    expect(summer.startsAt).toBe('2099-07-01T07:00:00.000Z');
    expect(summer.startsLocal).toBe('2099-07-01T09:00');
    expect(winter.startsAt).toBe('2099-01-14T08:00:00.000Z');
    expect(winter.endsLocal).toBe('2099-01-15T16:00');
    expect(winter.bookingDeadlineLocal).toBe('2099-01-07T16:00');
    expect(summer.bookingDeadline).toBe(summer.startsAt);
    expect(summer.seriesId).toBe(winter.seriesId);
    expect(summer.seriesId).not.toBeNull();
    expect(summer).toMatchObject({
      capacity: 2,
      bookedCount: 0,
      freePlaces: 2,
      status: 'scheduled',
      bookableOrgUnitIds: [],
    });
  });

  it('makes none of a series when one occurrence is wrong, and says which', async () => {
    const before = (await world.trainer.get('/api/live-sessions').expect(200)).body.sessions.length;
    const res = await schedule({
      occurrences: [
        { startsAt: '2099-03-01T09:00', endsAt: '2099-03-01T12:00' },
        { startsAt: '2099-03-08T09:00', endsAt: '2099-03-08T08:00' },
      ],
    }).expect(422);
    expect(res.body.code).toBe('live_session_times_invalid');
    expect(res.body.detail).toContain('occurrences[1]');
    expect((await world.trainer.get('/api/live-sessions').expect(200)).body.sessions.length).toBe(before);
  });

  it('refuses a time that does not exist in Sweden (the hour skipped in spring)', async () => {
    const res = await schedule({ occurrences: [{ startsAt: '2099-03-29T02:30', endsAt: '2099-03-29T04:00' }] }).expect(
      400,
    );
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.detail).toContain('summer time');
  });

  it('refuses a session with neither place nor link, and an unknown module', async () => {
    expect((await schedule({ place: undefined }).expect(422)).body.detail).toContain('place');
    const missing = await schedule({ moduleId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    expect(missing.body.code).toBe('module_not_found');
  });

  it('books, waitlists when full, and promotes the first on the waitlist when a place is freed', async () => {
    const session = (await schedule().expect(201)).body.sessions[0];
    const [bo, cecilia] = await world.hire(2, world.units.bygglov, 'Kö');
    const booking = t.app.get(BookingService);
    const book = (personId: string) => world.inTenant(() => booking.book(session.id, world.learnerActor(personId)));

    const sara = await world.learner.post('/api/live-bookings').send({ sessionId: session.id }).expect(201);
    expect(sara.body).toMatchObject({
      status: 'booked',
      waitlistPosition: null,
      session: { id: session.id, bookedCount: 1 },
    });
    expect((await book(bo)).status).toBe('booked');
    const third = await book(cecilia);
    expect(third).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    const listed = (
      await world.learner.get('/api/live-bookings/sessions').query({ moduleId: world.moduleId }).expect(200)
    ).body.sessions.find((s: { id: string }) => s.id === session.id);
    expect(listed).toMatchObject({
      freePlaces: 0,
      waitlistCount: 1,
      bookingOpen: true,
      myBooking: { status: 'booked' },
    });

    const again = await world.learner.post('/api/live-bookings').send({ sessionId: session.id }).expect(409);
    expect(again.body.code).toBe('already_booked');

    const cancelled = await world.learner.post(`/api/live-bookings/${sara.body.id}/cancel`).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    const detail = (await world.trainer.get(`/api/live-sessions/${session.id}`).expect(200)).body;
    const statusOf = (personId: string) =>
      detail.bookings.find(
        (b: { personId: string; status: string }) => b.personId === personId && b.status !== 'cancelled',
      )?.status;
    expect(statusOf(cecilia)).toBe('booked');
    expect(statusOf(bo)).toBe('booked');
    expect(detail).toMatchObject({ bookedCount: 2, waitlistCount: 0 });

    // Sara may book again: a new booking (on the waitlist now), not the cancelled one revived.
    const back = await world.learner.post('/api/live-bookings').send({ sessionId: session.id }).expect(201);
    expect(back.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(back.body.id).not.toBe(sara.body.id);
    const mine = (await world.learner.get('/api/live-bookings').expect(200)).body.bookings;
    expect(mine.map((b: { id: string }) => b.id)).toContain(back.body.id);
    expect(mine.map((b: { id: string }) => b.id)).not.toContain(sara.body.id);
  });

  it('refuses booking after the booking deadline with a message naming it in Swedish time', async () => {
    const session = (
      await schedule({
        occurrences: [
          {
            startsAt: localDaysAhead(2, '09:00'),
            endsAt: localDaysAhead(2, '12:00'),
            bookingDeadline: localDaysAhead(-1, '16:00'),
          },
        ],
      }).expect(201)
    ).body.sessions[0];
    const res = await world.learner.post('/api/live-bookings').send({ sessionId: session.id }).expect(422);
    expect(res.body.code).toBe('booking_closed');
    expect(res.body.detail).toBe(
      `Booking for this session closed at ${localDaysAhead(-1, '16:00').replace('T', ' ')} (Swedish time).`,
    );
    const listed = (
      await world.learner.get('/api/live-bookings/sessions').query({ moduleId: world.moduleId }).expect(200)
    ).body.sessions.find((s: { id: string }) => s.id === session.id);
    expect(listed.bookingOpen).toBe(false);
  });

  it('refuses cancelling after the cancellation deadline', async () => {
    const session = (
      await schedule({
        occurrences: [
          {
            startsAt: localDaysAhead(3, '09:00'),
            endsAt: localDaysAhead(3, '12:00'),
            cancellationDeadline: localDaysAhead(-1, '12:00'),
          },
        ],
      }).expect(201)
    ).body.sessions[0];
    const booked = await world.learner.post('/api/live-bookings').send({ sessionId: session.id }).expect(201);
    const res = await world.learner.post(`/api/live-bookings/${booked.body.id}/cancel`).expect(422);
    expect(res.body.code).toBe('cancellation_closed');
    expect(res.body.detail).toContain('Contact the trainer');
  });

  it('lets only the named units (and their subtrees) book, and lists the session only to them', async () => {
    const forSbf = (await schedule({ bookableOrgUnitIds: [world.units.sbf] }).expect(201)).body.sessions[0];
    const forKsf = (await schedule({ bookableOrgUnitIds: [world.units.ksf] }).expect(201)).body.sessions[0];
    // Sara works in Bygglov, under SBF.
    await world.learner.post('/api/live-bookings').send({ sessionId: forSbf.id }).expect(201);
    const refused = await world.learner.post('/api/live-bookings').send({ sessionId: forKsf.id }).expect(403);
    expect(refused.body.code).toBe('booking_not_open_to_unit');
    const listed = (
      await world.learner.get('/api/live-bookings/sessions').query({ moduleId: world.moduleId }).expect(200)
    ).body.sessions.map((s: { id: string }) => s.id);
    expect(listed).toContain(forSbf.id);
    expect(listed).not.toContain(forKsf.id);
  });

  it('stores manager approval, and refuses a booker whose manager Lärnav does not know (the flow: team/)', async () => {
    const session = (await schedule({ requiresApproval: true }).expect(201)).body.sessions[0];
    expect(session.requiresApproval).toBe(true);
    // Sara's Bygglov has no chef and she has no manager link.
    const res = await world.learner.post('/api/live-bookings').send({ sessionId: session.id }).expect(422);
    expect(res.body.code).toBe('no_manager_for_approval');
  });

  it('keeps a cancelled session, shown as cancelled, with its bookings cancelled, and refuses new ones', async () => {
    const session = (await schedule().expect(201)).body.sessions[0];
    await world.learner.post('/api/live-bookings').send({ sessionId: session.id }).expect(201);
    const cancelled = await world.trainer
      .post(`/api/live-sessions/${session.id}/cancel`)
      .send({ reason: 'Lokalen är inte tillgänglig.' })
      .expect(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      bookedCount: 0,
      cancellationReason: 'Lokalen är inte tillgänglig.',
    });
    const detail = (await world.trainer.get(`/api/live-sessions/${session.id}`).expect(200)).body;
    expect(detail.bookings.map((b: { status: string }) => b.status)).toEqual(['cancelled']);
    const listed = (await world.trainer.get('/api/live-sessions').query({ moduleId: world.moduleId }).expect(200)).body
      .sessions;
    expect(listed.find((s: { id: string }) => s.id === session.id)).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'Lokalen är inte tillgänglig.',
    });
    // The learner sees it called off in "my bookings", with the reason, and can no longer book it.
    const mine = (await world.learner.get('/api/live-bookings').expect(200)).body.bookings;
    expect(mine.find((b: { session: { id: string } }) => b.session.id === session.id)).toMatchObject({
      status: 'cancelled',
      session: { status: 'cancelled', cancellationReason: 'Lokalen är inte tillgänglig.' },
    });
    const res = await world.learner.post('/api/live-bookings').send({ sessionId: session.id }).expect(409);
    expect(res.body.code).toBe('live_session_cancelled');
    await world.trainer.patch(`/api/live-sessions/${session.id}`).send({ place: 'Annat rum' }).expect(409);
  });

  it('promotes the waitlist when a trainer adds places, and refuses fewer places than are booked', async () => {
    const session = (await schedule({ capacity: 1 }).expect(201)).body.sessions[0];
    const [a, b] = await world.hire(2, world.units.ksf, 'Plats');
    const booking = t.app.get(BookingService);
    await world.inTenant(() => booking.book(session.id, world.learnerActor(a)));
    expect((await world.inTenant(() => booking.book(session.id, world.learnerActor(b)))).status).toBe('waitlisted');
    const more = await world.trainer.patch(`/api/live-sessions/${session.id}`).send({ capacity: 2 }).expect(200);
    expect(more.body).toMatchObject({ capacity: 2, bookedCount: 2, waitlistCount: 0 });
    const fewer = await world.trainer.patch(`/api/live-sessions/${session.id}`).send({ capacity: 1 }).expect(422);
    expect(fewer.body.detail).toContain('2 people already have a place');
  });

  it('gives exactly `capacity` places when 50 people book the last places at once: 10 booked, 40 waitlisted', async () => {
    const session = (await schedule({ capacity: 10 }).expect(201)).body.sessions[0];
    const people = await world.hire(50, world.units.bygglov, 'Rusning');
    const booking = t.app.get(BookingService);
    // Every booking in its own transaction on its own pooled connection, all at once.
    const results = await Promise.all(
      people.map((personId) => world.inTenant(() => booking.book(session.id, world.learnerActor(personId)))),
    );
    expect(results.filter((r) => r.status === 'booked')).toHaveLength(10);
    expect(results.filter((r) => r.status === 'waitlisted')).toHaveLength(40);
    const [{ booked, waitlisted, people: distinct }] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'booked')::int AS booked,
              count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
              count(DISTINCT person_id)::int AS people
         FROM live_session_booking WHERE session_id = $1`,
      [session.id],
    );
    expect({ booked, waitlisted, distinct }).toEqual({ booked: 10, waitlisted: 40, distinct: 50 });
    // The waitlist is a strict order, 1 to 40, none lost or doubled.
    const positions = results.map((r) => r.waitlistPosition).filter((p): p is number => p !== null);
    expect(new Set(positions).size).toBe(40);
  });

  it('holds one active booking per person and session in the database, whatever the code does', async () => {
    const session = (await schedule().expect(201)).body.sessions[0];
    const insert = () =>
      t.dataSource.query(
        `INSERT INTO live_session_booking (tenant_id, session_id, person_id, status, requested_at, ical_uid)
         VALUES ($1, $2, $3, 'booked', now(), gen_random_uuid()::text)`,
        [world.tenantId, session.id, world.saraId],
      );
    await insert();
    await expect(insert()).rejects.toThrow(/UQ_live_session_booking_active/);
  });

  it('marks attendance once the session has started; attended completes the module, with a certificate', async () => {
    const session = (await schedule({ capacity: 3 }).expect(201)).body.sessions[0];
    const [came, partly, absent] = await world.hire(3, world.units.bygglov, 'Närvaro');
    const booking = t.app.get(BookingService);
    const ids: Record<string, string> = {};
    for (const [key, personId] of Object.entries({ came, partly, absent }))
      ids[key] = (await world.inTenant(() => booking.book(session.id, world.learnerActor(personId)))).id;
    const mark = (bookingId: string, status: string) =>
      world.trainer.put(`/api/live-sessions/${session.id}/bookings/${bookingId}/attendance`).send({ status });

    const early = await mark(ids['came'], 'attended').expect(422);
    expect(early.body.detail).toContain('once the session has started');
    // It took place yesterday.
    await world.trainer
      .patch(`/api/live-sessions/${session.id}`)
      .send({ startsAt: localDaysAhead(-1, '09:00'), endsAt: localDaysAhead(-1, '12:00') })
      .expect(200);
    expect((await mark(ids['came'], 'attended').expect(200)).body).toMatchObject({
      personId: came,
      status: 'attended',
    });
    await mark(ids['partly'], 'partly-attended').expect(200);
    await mark(ids['absent'], 'no-show').expect(200);
    await mark(ids['came'], 'attended').expect(200);
    expect((await mark(ids['came'], 'present').expect(400)).body.code).toBe('validation_failed');

    const completions = await t.dataSource.query(
      `SELECT c.person_id, c.method, c.completed_at, (SELECT count(*)::int FROM certificate k WHERE k.completion_id = c.id) AS certificates
         FROM completion c WHERE c.module_id = $1 AND c.person_id = ANY($2::uuid[])`,
      [world.moduleId, [came, partly, absent]],
    );
    expect(completions).toEqual([
      { person_id: came, method: 'live-session', completed_at: expect.any(Date), certificates: 1 },
    ]);
    const detail = (await world.trainer.get(`/api/live-sessions/${session.id}`).expect(200)).body;
    expect(detail.bookedCount).toBe(3);
    // The attendee, who never opened the e-learning, finds it among her completed, with its certificate.
    const mine = await world.inTenant(() => t.app.get(MyTrainingQueries).of(world.learnerActor(came)));
    expect(mine.completed).toEqual([
      expect.objectContaining({ moduleId: world.moduleId, status: 'completed', certificateId: expect.any(String) }),
    ]);
  });

  it('dates a completion marked in the room, before the session ends, when it was marked', async () => {
    const session = (await schedule({ capacity: 1 }).expect(201)).body.sessions[0];
    const [person] = await world.hire(1, world.units.bygglov, 'Irummet');
    const bookingId = (
      await world.inTenant(() => t.app.get(BookingService).book(session.id, world.learnerActor(person)))
    ).id;
    // Under way: it began an hour ago and ends in two.
    const hour = 60 * 60_000;
    await world.trainer
      .patch(`/api/live-sessions/${session.id}`)
      .send({
        startsAt: localTimeAt(new Date(Date.now() - hour)),
        endsAt: localTimeAt(new Date(Date.now() + 2 * hour)),
      })
      .expect(200);
    const before = new Date();
    await world.trainer
      .put(`/api/live-sessions/${session.id}/bookings/${bookingId}/attendance`)
      .send({ status: 'attended' })
      .expect(200);
    const [completion] = await t.dataSource.query(`SELECT completed_at FROM completion WHERE person_id = $1`, [person]);
    // Not the session's end, two hours ahead: the moment it was marked.
    expect(completion.completed_at.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(completion.completed_at.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('marks attendance from a Teams report in Swedish, UTF-16, and reports unknown people per row', async () => {
    const session = (await schedule({ capacity: 5 }).expect(201)).body.sessions[0];
    const [whole, half, unbooked] = await world.hire(3, world.units.bygglov, 'Teams');
    const booking = t.app.get(BookingService);
    for (const personId of [whole, half])
      await world.inTenant(() => booking.book(session.id, world.learnerActor(personId)));
    await world.trainer
      .patch(`/api/live-sessions/${session.id}`)
      .send({ startsAt: localDaysAhead(-1, '09:00'), endsAt: localDaysAhead(-1, '12:00') })
      .expect(200);
    const report = [
      '1. Sammanfattning',
      'Mötesrubrik\tNäringslivsperspektiv',
      '',
      '2. Deltagare',
      'Namn\tFörsta anslutning\tSenast lämnat\tVaraktighet i mötet\tE-post\tDeltagar-ID (UPN)\tRoll',
      'Teams 0\t09:00\t12:00\t2 tim 55 min\tTEAMS0@stenungsund.se\tteams0@stenungsund.se\tDeltagare',
      'Teams 1\t09:00\t10:00\t1 tim\tteams1@stenungsund.se\tteams1@stenungsund.se\tDeltagare',
      'Teams 2\t09:00\t12:00\t3 tim\tteams2@stenungsund.se\tteams2@stenungsund.se\tDeltagare',
      'Extern Gäst\t09:00\t12:00\t3 tim\tgast@example.com\t\tDeltagare',
      '',
      '3. Aktiviteter under mötet',
    ].join('\r\n');
    const file = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(report, 'utf16le')]);
    const res = await world.trainer
      .post(`/api/live-sessions/${session.id}/attendance-report`)
      .set('Content-Type', 'text/tab-separated-values')
      .send(file)
      .expect(200);
    expect(res.body.marked).toBe(2);
    expect(res.body.rows.map((r: { line: number; outcome: string }) => [r.line, r.outcome])).toEqual([
      [6, 'attended'],
      [7, 'partly-attended'],
      [8, 'not-booked'],
      [9, 'unknown-person'],
    ]);
    const detail = (await world.trainer.get(`/api/live-sessions/${session.id}`).expect(200)).body;
    const statusOf = (personId: string) =>
      detail.bookings.find((b: { personId: string }) => b.personId === personId)?.status;
    expect([statusOf(whole), statusOf(half), statusOf(unbooked)]).toEqual(['attended', 'partly-attended', undefined]);

    const notReport = await world.trainer
      .post(`/api/live-sessions/${session.id}/attendance-report`)
      .set('Content-Type', 'text/csv')
      .send('Name,Email\nA,a@b.se')
      .expect(422);
    expect(notReport.body.code).toBe('attendance_report_invalid');
    const json = await world.trainer
      .post(`/api/live-sessions/${session.id}/attendance-report`)
      .send({ rows: [] })
      .expect(415);
    expect(json.body.code).toBe('unsupported_media_type');
  });
});
