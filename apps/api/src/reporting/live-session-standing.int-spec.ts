import { devIdpGroupId } from '@larnav/api/demo';
import { BookingService } from '@larnav/api/live-sessions';
import { FRONT_MATTER, textLesson } from '../catalog/catalog-fixtures';
import { learnerOf, localDaysAhead } from '../live-sessions/live-world';
import { teamWorld } from '../team/team-world';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

/**
 * Issue 11 part 6: HR (down their subtree) and managers (their team) see who is booked on a
 * module's live sessions, who attended, and who still lacks a required one; the population and
 * standings are the coverage engine's, so the numbers agree with Täckning.
 *
 * The team world: Sara is chef of Bygglov (Karin, Maria, Anna, Bo); David works in Miljö (SBF),
 * Cecilia in KSF. A blended module ("both": e-learning and a session) is required of everyone.
 * Karin holds the one place on a coming session, Anna waits for it, Bo attended yesterday's,
 * Cecilia (KSF) holds a place on another; Maria and David have nothing.
 */
describe('live sessions in HR reports and Mitt team', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof teamWorld>>;
  let moduleId: string;
  let hr: ReturnType<TestApp['as']>;

  beforeAll(async () => {
    t = await createTestApp({ config: { LARNAV_SIGN_IN_RATE_LIMIT: 10_000 } });
    world = await teamWorld(t);
    const { trainer, admin } = world;
    moduleId = (await trainer.post('/api/catalog/modules').send(FRONT_MATTER).expect(201)).body.id;
    const draft = (await trainer.post(`/api/catalog/modules/${moduleId}/draft`).expect(200)).body;
    const saved = await trainer
      .put(`/api/catalog/modules/${moduleId}/draft`)
      .send({
        ...FRONT_MATTER,
        revision: draft.revision,
        lessons: [textLesson('A', 'a')],
        completionRequirement: 'both',
      })
      .expect(200);
    await trainer
      .post(`/api/catalog/modules/${moduleId}/draft/publish`)
      .send({ changeNote: 'v1', significance: 'minor', revision: saved.body.revision })
      .expect(200);
    await trainer
      .post('/api/compliance/rules')
      .send({
        name: 'Blandad för alla',
        moduleId,
        dueBasis: 'fixed-date',
        dueDate: '2030-03-01',
        validFrom: '2024-01-01',
      })
      .expect(201);

    const schedule = async (days: number, capacity: number, orgUnitIds?: string[]) =>
      (
        await trainer
          .post('/api/live-sessions')
          .send({
            moduleId,
            occurrences: [{ startsAt: localDaysAhead(days, '09:00'), endsAt: localDaysAhead(days, '12:00') }],
            place: 'Kommunfullmäktiges sessionssal',
            capacity,
            ...(orgUnitIds ? { orgUnitIds } : {}),
          })
          .expect(201)
      ).body.sessions[0].id as string;
    const coming = await schedule(30, 1);
    const other = await schedule(40, 5);
    const past = await schedule(20, 5);
    const booking = t.app.get(BookingService);
    const book = (sessionId: string, personId: string) =>
      world.inTenant(() => booking.book(sessionId, learnerOf(world.tenantId, personId)));
    await book(coming, world.people.karin);
    await book(coming, world.people.anna);
    await book(other, world.people.cecilia);
    const bo = await book(past, world.people.bo);
    await trainer
      .patch(`/api/live-sessions/${past}`)
      .send({ startsAt: localDaysAhead(-1, '09:00'), endsAt: localDaysAhead(-1, '12:00') })
      .expect(200);
    await trainer
      .put(`/api/live-sessions/${past}/bookings/${bo.id}/attendance`)
      .send({ status: 'attended' })
      .expect(200);

    // Maria (HR) answers for SBF: signed in again once the mapping is there.
    await admin
      .post('/api/admin/claim-mappings')
      .send({
        claim: 'groups',
        value: devIdpGroupId('stenungsund', 'SBF', 'hr'),
        effect: 'hr-scope',
        orgUnitId: world.units.sbf,
      })
      .expect(201);
    hr = t.as(await t.signIn(world.host, ACCOUNT.hr));
  });
  afterAll(() => t.close());

  const byName = (people: { name: string; liveSession: string; lacking: boolean }[]) =>
    Object.fromEntries(people.map((p) => [p.name.split(' ')[0], `${p.liveSession}${p.lacking ? ' lacking' : ''}`]));

  it('shows HR each person of her subtree with their bookings, and counts who lacks the session', async () => {
    const body = (await hr.get('/api/reporting/live-sessions').query({ moduleId }).expect(200)).body;
    expect(body.requiresLiveSession).toBe(true);
    // Sara works in SBF itself; Cecilia (KSF) is outside Maria's subtree.
    expect(byName(body.people)).toEqual({
      Anna: 'waitlisted lacking',
      Bo: 'attended',
      David: 'none lacking',
      Karin: 'booked lacking',
      Maria: 'none lacking',
      Sara: 'none lacking',
    });
    expect(body.counts).toEqual({
      population: 6,
      attended: 1,
      booked: 1,
      waitlisted: 1,
      pendingApproval: 0,
      lacking: 5,
      lackingUnbooked: 3,
    });
    const bo = body.people.find((p: { name: string }) => p.name === 'Bo Berg');
    expect(bo.attendedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const karin = body.people.find((p: { name: string }) => p.name === 'Karin Sjöberg');
    expect(new Date(karin.nextSessionStartsAt).getTime()).toBeGreaterThan(Date.now());
    expect(karin.units).toEqual([expect.objectContaining({ orgUnitName: 'Bygglov' })]);
  });

  it('narrows to those lacking the session, and pages them by name', async () => {
    const lacking = (await hr.get('/api/reporting/live-sessions').query({ moduleId, liveSession: 'lacking', limit: 2 }))
      .body;
    expect(lacking.total).toBe(5);
    expect(lacking.people.map((p: { name: string }) => p.name)).toEqual(['Anna Andersson', 'David Dahl']);
    const next = (
      await hr.get('/api/reporting/live-sessions').query({ moduleId, liveSession: 'lacking', limit: 2, offset: 2 })
    ).body;
    expect(next.people.map((p: { name: string }) => p.name)).toEqual(['Karin Sjöberg', 'Maria Ekström']);
    const unbooked = (await hr.get('/api/reporting/live-sessions').query({ moduleId, liveSession: 'none' })).body;
    expect(unbooked.people.map((p: { name: string }) => p.name)).toEqual([
      'David Dahl',
      'Maria Ekström',
      'Sara Lindqvist',
    ]);
  });

  it('gives a manager the same for their team only, and someone with no team an empty report', async () => {
    const mine = (await world.sara.get('/api/my-team/live-sessions').query({ moduleId }).expect(200)).body;
    expect(byName(mine.people)).toEqual({
      Anna: 'waitlisted lacking',
      Bo: 'attended',
      Karin: 'booked lacking',
      Maria: 'none lacking',
    });
    expect(mine.counts).toMatchObject({ population: 4, lacking: 3, lackingUnbooked: 1 });
    const nobody = (await world.trainer.get('/api/my-team/live-sessions').query({ moduleId }).expect(200)).body;
    expect(nobody).toMatchObject({ total: 0, people: [], counts: { population: 0 } });
  });

  it('tells a module that needs no session apart, and refuses what it cannot answer', async () => {
    const plain = (await hr.get('/api/reporting/live-sessions').query({ moduleId: world.moduleId }).expect(200)).body;
    expect(plain.requiresLiveSession).toBe(false);
    expect(plain.counts.lacking).toBe(0);
    const outside = await hr.get('/api/reporting/live-sessions').query({ moduleId, orgUnitId: world.units.ksf });
    expect(outside.status).toBe(403);
    const unknown = await hr
      .get('/api/reporting/live-sessions')
      .query({ moduleId: '00000000-0000-4000-8000-000000000000' })
      .expect(404);
    expect(unknown.body.code).toBe('module_not_found');
    const bad = await hr.get('/api/reporting/live-sessions').query({ moduleId, liveSession: 'maybe' }).expect(400);
    expect(bad.body.detail ?? bad.body.message).toMatch(/liveSession must be one of/);
    await world.sara.get('/api/reporting/live-sessions').query({ moduleId }).expect(403);
  });
});
