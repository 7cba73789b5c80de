import { randomUUID } from 'node:crypto';
import { TenantDb } from '@larnav/api/db';
import { CompletionService } from '@larnav/api/learning';
import { calendarDateAt } from '@larnav/contracts';
import { FRONT_MATTER, textLesson } from '../catalog/catalog-fixtures';
import { createTestApp, TestApp } from '../testing/test-app';
import { liveSessionWorld, localDaysAhead } from './live-world';

/**
 * Blended modules (issue 11 part 5): a version whose completion needs the e-learning part and
 * an attended session, in any order or e-learning first. One Completion, written when the last
 * required part is done, on real PostgreSQL.
 */
describe('blended modules', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof liveSessionWorld>>;

  beforeAll(async () => {
    t = await createTestApp();
    world = await liveSessionWorld(t);
  });
  afterAll(() => t.close());

  /** A published module with two lessons and the given parts. */
  async function module(completionRequirement: string, partOrder = 'any') {
    const { trainer } = world;
    const id = (await trainer.post('/api/catalog/modules').send(FRONT_MATTER).expect(201)).body.id as string;
    const draft = (await trainer.post(`/api/catalog/modules/${id}/draft`).expect(200)).body;
    const saved = await trainer
      .put(`/api/catalog/modules/${id}/draft`)
      .send({
        ...FRONT_MATTER,
        revision: draft.revision,
        lessons: [textLesson('Inledning', 'Varför.'), textLesson('Fördjupning', 'Hur.')],
        completionRequirement,
        partOrder,
      })
      .expect(200);
    expect(saved.body).toMatchObject({ completionRequirement, partOrder });
    await trainer
      .post(`/api/catalog/modules/${id}/draft/publish`)
      .send({ changeNote: 'v', significance: 'minor', revision: saved.body.revision })
      .expect(200);
    return id;
  }

  /** Sara goes through every lesson: the e-learning part. */
  async function eLearning(moduleId: string) {
    const attempt = (await world.learner.post(`/api/learning/modules/${moduleId}/attempts`).expect(200)).body;
    const events = attempt.lessons.map((lesson: { id: string }, i: number) => ({
      id: randomUUID(),
      type: 'lesson-completed',
      lessonId: lesson.id,
      occurredAt: new Date(Date.now() + i).toISOString(),
    }));
    await world.learner.post(`/api/learning/attempts/${attempt.id}/events`).send({ events }).expect(200);
    return attempt.id as string;
  }

  /** Sara books a session, which then took place yesterday; returns a function marking her. */
  async function sessionYesterday(moduleId: string) {
    const session = (
      await world.trainer
        .post('/api/live-sessions')
        .send({
          moduleId,
          occurrences: [{ startsAt: localDaysAhead(20, '09:00'), endsAt: localDaysAhead(20, '12:00') }],
          place: 'Kommunfullmäktiges sessionssal',
          capacity: 5,
        })
        .expect(201)
    ).body.sessions[0];
    const booking = (await world.learner.post('/api/live-bookings').send({ sessionId: session.id }).expect(201)).body;
    await world.trainer
      .patch(`/api/live-sessions/${session.id}`)
      .send({ startsAt: localDaysAhead(-1, '09:00'), endsAt: localDaysAhead(-1, '12:00') })
      .expect(200);
    return (status = 'attended') =>
      world.trainer
        .put(`/api/live-sessions/${session.id}/bookings/${booking.id}/attendance`)
        .send({ status })
        .expect(200);
  }

  const completions = (moduleId: string) =>
    t.dataSource.query(
      `SELECT c.method, c.completed_at, (SELECT count(*)::int FROM certificate k WHERE k.completion_id = c.id) AS certificates
         FROM completion c WHERE c.module_id = $1 AND c.person_id = $2`,
      [moduleId, world.saraId],
    );
  const myModule = async (moduleId: string) => {
    const body = (await world.learner.get('/api/learning/my-training').expect(200)).body;
    return body.catalogue.find((m: { moduleId: string }) => m.moduleId === moduleId);
  };

  it('completes once when the e-learning is done and then the session attended', async () => {
    const id = await module('both');
    const attemptId = await eLearning(id);
    expect(await completions(id)).toEqual([]);
    const halfway = await myModule(id);
    expect(halfway.status).toBe('in-progress');
    expect(halfway.parts).toMatchObject({
      completionRequirement: 'both',
      eLearningDoneAt: expect.any(String),
      sessionAttendedAt: null,
      remaining: ['live-session'],
    });
    const attempt = (await world.learner.get(`/api/learning/attempts/${attemptId}`).expect(200)).body;
    expect(attempt.completion).toBeNull();
    expect(attempt.parts.remaining).toEqual(['live-session']);

    const mark = await sessionYesterday(id);
    await mark();
    await mark();
    expect(await completions(id)).toEqual([{ method: 'blended', completed_at: expect.any(Date), certificates: 1 }]);
    // The last part done is the e-learning (today), so that is the completion's date.
    const [{ completed_at }] = await completions(id);
    expect(calendarDateAt(completed_at)).toBe(calendarDateAt(new Date()));
    expect((await myModule(id)).parts.remaining).toEqual([]);
  });

  it('completes when the session comes first and then the e-learning, in any order', async () => {
    const id = await module('both', 'any');
    const mark = await sessionYesterday(id);
    await mark();
    expect(await completions(id)).toEqual([]);
    const halfway = await myModule(id);
    expect(halfway.parts).toMatchObject({ remaining: ['e-learning'], sessionOutOfOrder: false, nextSession: null });
    await eLearning(id);
    expect(await completions(id)).toEqual([{ method: 'blended', completed_at: expect.any(Date), certificates: 1 }]);
  });

  it('with e-learning first, counts no session attended before the e-learning, and tells the learner', async () => {
    const id = await module('both', 'e-learning-first');
    const mark = await sessionYesterday(id);
    await mark();
    await eLearning(id);
    expect(await completions(id)).toEqual([]);
    // The part is recorded all the same, for the record.
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM completion_part WHERE module_id = $1 AND part = 'live-session'`,
      [id],
    );
    expect(n).toBe(1);
    const upcoming = (
      await world.trainer
        .post('/api/live-sessions')
        .send({
          moduleId: id,
          occurrences: [{ startsAt: localDaysAhead(10, '13:00'), endsAt: localDaysAhead(10, '16:00') }],
          place: 'Stadshuset, sal 2',
          capacity: 8,
        })
        .expect(201)
    ).body.sessions[0];
    expect((await myModule(id)).parts).toMatchObject({
      partOrder: 'e-learning-first',
      sessionOutOfOrder: true,
      remaining: ['live-session'],
      nextSession: {
        sessionId: upcoming.id,
        startsLocal: localDaysAhead(10, '13:00'),
        place: 'Stadshuset, sal 2',
        freePlaces: 8,
        myBooking: null,
      },
    });

    // Attended in order (after the e-learning): this one counts.
    const second = await module('both', 'e-learning-first');
    await eLearning(second);
    await t.dataSource.query(
      `UPDATE completion_part SET done_at = now() - interval '3 days' WHERE module_id = $1 AND part = 'e-learning'`,
      [second],
    );
    await (
      await sessionYesterday(second)
    )();
    expect(await completions(second)).toEqual([{ method: 'blended', completed_at: expect.any(Date), certificates: 1 }]);
  });

  it('counts the session towards the version whose e-learning was done, though a newer one is published', async () => {
    const id = await module('both');
    await eLearning(id);
    const draft = (await world.trainer.post(`/api/catalog/modules/${id}/draft`).expect(200)).body;
    await world.trainer
      .post(`/api/catalog/modules/${id}/draft/publish`)
      .send({ changeNote: 'v2', significance: 'minor', revision: draft.revision })
      .expect(200);
    await (
      await sessionYesterday(id)
    )();
    const done = await t.dataSource.query(
      `SELECT v.number, c.method FROM completion c JOIN module_version v ON v.id = c.version_id
        WHERE c.module_id = $1 AND c.person_id = $2`,
      [id, world.saraId],
    );
    expect(done).toEqual([{ number: 1, method: 'blended' }]);
  });

  it('gives one completion when both parts finish at the same moment in two transactions', async () => {
    const id = await module('both');
    const db = t.app.get(TenantDb);
    const service = t.app.get(CompletionService);
    const [{ version_id }] = await t.dataSource.query(
      `SELECT id AS version_id FROM module_version WHERE module_id = $1 AND status = 'published'`,
      [id],
    );
    const version = { id: version_id, number: 1, title: 'x', completionRequirement: 'both', partOrder: 'any' } as const;
    const part = (kind: 'e-learning' | 'live-session') => ({
      tenantId: world.tenantId,
      personId: world.saraId,
      moduleId: id,
      version,
      part: kind,
      sourceId: randomUUID(),
      doneAt: new Date(),
      sessionStartsAt: kind === 'live-session' ? new Date() : null,
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let firstRecorded!: () => void;
    const recorded = new Promise<void>((resolve) => (firstRecorded = resolve));
    // The first transaction records its part and stays open; the second records the other part meanwhile.
    const first = world.inTenant(() =>
      db.transaction(async (em) => {
        const result = await service.recordPart(em, part('e-learning'));
        firstRecorded();
        await held;
        return result;
      }),
    );
    await recorded;
    const second = world.inTenant(() => db.transaction((em) => service.recordPart(em, part('live-session'))));
    // Either the second waits for the first (it queues on the lock) or it has already finished.
    let secondDone = false;
    void second.then(() => (secondDone = true));
    for (;;) {
      const [{ waiting }] = await t.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
      );
      if (waiting > 0 || secondDone) break;
    }
    release();
    const results = await Promise.all([first, second]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect(await completions(id)).toEqual([{ method: 'blended', completed_at: expect.any(Date), certificates: 1 }]);
  });

  it('keeps an old version to its own rule: attendance alone completes a version from before blended modules', async () => {
    const id = await module('either');
    // A version published before this change has the column's default.
    const [{ completion_requirement }] = await t.dataSource.query(
      `SELECT completion_requirement FROM module_version WHERE module_id = $1`,
      [world.moduleId],
    );
    expect(completion_requirement).toBe('either');
    const mark = await sessionYesterday(id);
    await mark();
    expect(await completions(id)).toEqual([
      { method: 'live-session', completed_at: expect.any(Date), certificates: 1 },
    ]);
    expect((await myModule(id)).parts).toBeNull();

    // The next version asks for both; the completed first version keeps its completion.
    const draft = (await world.trainer.post(`/api/catalog/modules/${id}/draft`).expect(200)).body;
    expect(draft.completionRequirement).toBe('either');
    const saved = await world.trainer
      .put(`/api/catalog/modules/${id}/draft`)
      .send({ ...FRONT_MATTER, revision: draft.revision, lessons: draft.lessons, completionRequirement: 'both' })
      .expect(200);
    await world.trainer
      .post(`/api/catalog/modules/${id}/draft/publish`)
      .send({ changeNote: 'Nu med pass', significance: 'significant', revision: saved.body.revision })
      .expect(200);
    const versions = (await world.trainer.get(`/api/catalog/modules/${id}`).expect(200)).body.versions;
    expect(
      versions.map((v: { number: number; completionRequirement: string }) => [v.number, v.completionRequirement]),
    ).toEqual([
      [2, 'both'],
      [1, 'either'],
    ]);
    expect(await completions(id)).toHaveLength(1);
  });

  it('refuses an order without both parts and an unknown requirement', async () => {
    const { trainer } = world;
    const id = (await trainer.post('/api/catalog/modules').send(FRONT_MATTER).expect(201)).body.id as string;
    const draft = (await trainer.post(`/api/catalog/modules/${id}/draft`).expect(200)).body;
    const send = (extra: Record<string, unknown>) =>
      trainer
        .put(`/api/catalog/modules/${id}/draft`)
        .send({ ...FRONT_MATTER, revision: draft.revision, lessons: [], ...extra });
    expect((await send({ completionRequirement: 'all' }).expect(400)).body.code).toBe('validation_failed');
    // An order belongs to both parts only: with one part it is set back to any.
    const one = await send({ completionRequirement: 'e-learning', partOrder: 'e-learning-first' }).expect(200);
    expect(one.body).toMatchObject({ completionRequirement: 'e-learning', partOrder: 'any' });
  });

  it('counts a requirement compliant only once every part is done', async () => {
    const id = await module('both');
    await world.admin
      .post('/api/compliance/rules')
      .send({
        name: 'Näringslivsperspektiv, blandad',
        moduleId: id,
        targetOrgUnitId: world.units.sbf,
        dueBasis: 'rule-start',
        dueDays: 30,
        validFrom: calendarDateAt(new Date(Date.now() - 5 * 86_400_000)),
      })
      .expect(201);
    const bygglov = async () => {
      const report = (await world.admin.get('/api/reporting/coverage').query({ moduleId: id }).expect(200)).body;
      const node = report.nodes.find((n: { unitId: string }) => n.unitId === world.units.bygglov);
      return node.modules.find((m: { moduleId: string }) => m.moduleId === id);
    };
    expect(await bygglov()).toMatchObject({ population: 1, compliant: 0 });
    await eLearning(id);
    expect(await bygglov()).toMatchObject({ population: 1, compliant: 0 });
    const required = (await world.learner.get('/api/learning/my-training').expect(200)).body.required;
    expect(required.find((m: { moduleId: string }) => m.moduleId === id)).toMatchObject({
      status: 'in-progress',
      parts: { remaining: ['live-session'] },
    });
    await (
      await sessionYesterday(id)
    )();
    expect(await bygglov()).toMatchObject({ population: 1, compliant: 1 });
  });
});
