import { randomUUID } from 'node:crypto';
import { TenantDb } from '@larnav/api/db';
import { FRONT_MATTER, textLesson } from '../catalog/catalog-fixtures';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

type Api = ReturnType<TestApp['as']>;

/**
 * A learner's positions, written in one statement once the attempt's version is known (issue 8's
 * request path): the same rules as the locked write, against real PostgreSQL.
 */
describe('recording positions in one statement', () => {
  let t: TestApp;
  let sara: Api;
  let maria: Api;
  let oneStatement: jest.SpyInstance;
  let lessons: ReturnType<typeof textLesson>[];
  let attemptId: string;

  const at = (second: number) => new Date(Date.UTC(2026, 11, 7, 9, 0, second)).toISOString();
  const position = (lessonId: string, second: number, extra = {}) => ({
    id: randomUUID(),
    type: 'position',
    lessonId,
    occurredAt: at(second),
    ...extra,
  });
  const send = (api: Api, events: object[], status = 200) =>
    api.post(`/api/learning/attempts/${attemptId}/events`).send({ events }).expect(status);
  const stateNow = async () => (await sara.get(`/api/learning/attempts/${attemptId}`).expect(200)).body.state;

  beforeAll(async () => {
    t = await createTestApp();
    // Listening already: supertest would otherwise listen per request, and close the server under
    // the other tabs' requests when the first one ends.
    await t.app.listen(0, '127.0.0.1');
    const { host } = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    const trainer = t.as(await t.signIn(host, ACCOUNT.trainer));
    sara = t.as(await t.signIn(host, ACCOUNT.caseworker));
    maria = t.as(await t.signIn(host, ACCOUNT.hr));
    lessons = [textLesson('Inledning', 'Varför.'), textLesson('Fördjupning', 'Hur.')];
    const id = (await trainer.post('/api/catalog/modules').send(FRONT_MATTER).expect(201)).body.id as string;
    const draft = (await trainer.post(`/api/catalog/modules/${id}/draft`).expect(200)).body;
    await trainer
      .put(`/api/catalog/modules/${id}/draft`)
      .send({ ...FRONT_MATTER, revision: draft.revision, lessons })
      .expect(200);
    await trainer
      .post(`/api/catalog/modules/${id}/draft/publish`)
      .send({ changeNote: 'v1', significance: 'significant', revision: draft.revision + 1 })
      .expect(200);
    attemptId = (await sara.post(`/api/learning/modules/${id}/attempts`).expect(200)).body.id;
    // The first write locks the attempt and learns its version; the ones after are one statement.
    await send(sara, [{ ...position(lessons[0].id, 1), type: 'lesson-opened' }]);
    oneStatement = jest.spyOn(t.app.get(TenantDb), 'writeOnce');
  });
  afterAll(() => t.close());

  it('applies a position in the version and ignores one for a lesson outside it', async () => {
    const events = [position(lessons[1].id, 2, { scroll: 0.3 }), position(randomUUID(), 3, { scroll: 0.9 })];
    const body = (await send(sara, events)).body;
    expect(oneStatement).toHaveBeenCalled();
    expect(body.stored.sort()).toEqual(events.map((e) => e.id).sort());
    expect(body.state).toMatchObject({ lessonId: lessons[1].id, scroll: 0.3, positionAt: at(2) });
    expect(await stateNow()).toEqual(body.state);
  });

  it('changes nothing for a resend, and keeps an older position arriving late from pulling back', async () => {
    const blockId = randomUUID();
    const latest = position(lessons[1].id, 10, { scroll: 0.6, blockId, seconds: 42 });
    const first = (await send(sara, [latest])).body;
    const again = (await send(sara, [latest])).body;
    expect(again).toEqual({ ...first, stored: [], duplicates: [latest.id] });
    const late = (await send(sara, [position(lessons[0].id, 5, { scroll: 0.1 })])).body;
    expect(late.state).toEqual(first.state);
    expect(first.state.videoSeconds).toEqual({ [blockId]: 42 });
  });

  it('stores every event of tabs writing at once exactly once, and keeps the latest position', async () => {
    const batches = Array.from({ length: 8 }, (_, i) => [position(lessons[i % 2].id, 20 + i, { scroll: i / 10 })]);
    await Promise.all(batches.map((events) => send(sara, events)));
    const ids = batches.flat().map((e) => e.id);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM progress_event WHERE id = ANY($1)`, [ids]);
    expect(n).toBe(8);
    expect(await stateNow()).toMatchObject({ lessonId: lessons[1].id, scroll: 0.7, positionAt: at(27) });
  });

  it("refuses another person's attempt, even once its version is known", async () => {
    const before = await stateNow();
    expect((await send(maria, [position(lessons[0].id, 50)], 404)).body.code).toBe('attempt_not_found');
    expect(await stateNow()).toEqual(before);
  });
});
