import { randomUUID } from 'node:crypto';
import { TenantDb } from '@larnav/api/db';
import type { Lesson } from '@larnav/shared/catalog';
import { publishModule, textLesson } from '../catalog/catalog-fixtures';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';

type Api = ReturnType<TestApp['as']>;

/**
 * A position event on an attempt whose state the server knows is stored in one statement
 * (issue 8's request path): a compare-and-set on the attempt's state. Whenever the known state
 * is not the database's, or an event is stored already, that statement must write nothing and
 * the event go the long way, so what is stored is the same either way.
 */
describe('progress on a known attempt state', () => {
  let t: TestApp;
  let sara: Api;
  let db: TenantDb;
  let moduleId: string;
  let lessons: Lesson[];

  beforeAll(async () => {
    t = await createTestApp();
    // Listening once: supertest would otherwise start the server again for each of the tabs' requests at once.
    await t.app.listen(0, '127.0.0.1');
    const { host } = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    const trainer = t.as(await t.signIn(host, ACCOUNT.trainer));
    sara = t.as(await t.signIn(host, ACCOUNT.caseworker));
    db = t.app.get(TenantDb);
    lessons = [textLesson('Inledning', 'Varför.'), textLesson('Fördjupning', 'Hur.')];
    moduleId = await publishModule(trainer, lessons);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const at = (second: number) => new Date(Date.UTC(2026, 11, 1, 9, 0, second)).toISOString();
  const position = (lesson: number, second: number, scroll: number) => ({
    id: randomUUID(),
    type: 'position',
    lessonId: lessons[lesson].id,
    occurredAt: at(second),
    scroll,
  });
  const send = (attemptId: string, events: object[]) =>
    sara.post(`/api/learning/attempts/${attemptId}/events`).send({ events }).expect(200);
  /** How each request went: `once` stored its events, or the long way (`brief`) ran. */
  function watchWays() {
    const ways: string[] = [];
    const once = db.once.bind(db);
    jest.spyOn(db, 'once').mockImplementation(async (given) => {
      const rows = await once(given).catch((error: unknown) => {
        ways.push('once refused');
        throw error;
      });
      ways.push((rows[0] as { stored: number }).stored > 0 ? 'once' : 'once wrote nothing');
      return rows;
    });
    const brief = db.brief.bind(db);
    jest.spyOn(db, 'brief').mockImplementation((opening, work) => {
      ways.push('brief');
      return brief(opening, work);
    });
    return ways;
  }
  async function stored(attemptId: string) {
    const rows: { id: string }[] = await t.dataSource.query(
      `SELECT id::text FROM progress_event WHERE attempt_id = $1 ORDER BY occurred_at`,
      [attemptId],
    );
    return rows.map((r) => r.id);
  }
  const stateOf = async (attemptId: string) =>
    (await t.dataSource.query(`SELECT state FROM attempt WHERE id = $1`, [attemptId]))[0].state;
  /** Each test its own attempt: the one before is removed, its events with it. */
  async function newAttempt() {
    const start = () => sara.post(`/api/learning/modules/${moduleId}/attempts`).expect(200);
    const before = (await start()).body.id;
    await t.dataSource.query(`DELETE FROM progress_event WHERE attempt_id = $1`, [before]);
    await t.dataSource.query(`DELETE FROM attempt WHERE id = $1`, [before]);
    return (await start()).body.id as string;
  }

  it('stores positions in one statement once the state is known, and the state is the long way’s', async () => {
    const attemptId = await newAttempt();
    const ways = watchWays();
    const first = position(0, 1, 0.2);
    const second = position(0, 2, 0.6);
    const video = { ...position(1, 3, 0.1), blockId: randomUUID(), seconds: 42 };
    await send(attemptId, [first]);
    const answer = (await send(attemptId, [second])).body;
    await send(attemptId, [video]);
    expect(ways).toEqual(['brief', 'once', 'once']);
    expect(answer).toMatchObject({ stored: [second.id], duplicates: [], completed: false });
    expect(answer.state).toMatchObject({ lessonId: lessons[0].id, scroll: 0.6 });
    expect(await stored(attemptId)).toEqual([first.id, second.id, video.id]);
    expect(await stateOf(attemptId)).toEqual({
      lessonId: lessons[1].id,
      scroll: 0.1,
      videoSeconds: { [video.blockId]: 42 },
      lessonsDone: [],
      positionAt: video.occurredAt,
    });
  });

  it('goes the long way when the database’s state is not the one known (another server wrote it)', async () => {
    const attemptId = await newAttempt();
    await send(attemptId, [position(0, 1, 0.2)]);
    // Another server took a later position: this server's known state is now stale.
    const elsewhere = { lessonId: lessons[1].id, scroll: 0.9, videoSeconds: {}, lessonsDone: [], positionAt: at(30) };
    await t.dataSource.query(`UPDATE attempt SET state = $2 WHERE id = $1`, [attemptId, elsewhere]);
    const ways = watchWays();
    const late = position(0, 5, 0.4);
    const answer = (await send(attemptId, [late])).body;
    expect(ways).toEqual(['once wrote nothing', 'brief']);
    // The long way applied the event to the database's state: older than its position, so ignored.
    expect(answer).toMatchObject({ stored: [late.id], state: elsewhere });
    expect(await stored(attemptId)).toHaveLength(2);
  });

  it('sends a resend the long way: nothing is stored twice, and nothing of the batch half-written', async () => {
    const attemptId = await newAttempt();
    const known = position(0, 1, 0.2);
    await send(attemptId, [known]);
    const ways = watchWays();
    const fresh = position(0, 2, 0.7);
    const answer = (await send(attemptId, [known, fresh])).body;
    // The one statement broke the primary key and undid itself, the fresh event with it.
    expect(ways).toEqual(['once refused', 'brief']);
    expect(answer).toMatchObject({ stored: [fresh.id], duplicates: [known.id] });
    expect(await stored(attemptId)).toEqual([known.id, fresh.id]);
    expect((await stateOf(attemptId)).scroll).toBe(0.7);
  });

  it('two tabs at once: each event stored once, the later position kept', async () => {
    const attemptId = await newAttempt();
    await send(attemptId, [position(0, 1, 0.1)]);
    const tabs = Array.from({ length: 6 }, (_, i) => position(i % 2, 10 + i, (i + 1) / 10));
    await Promise.all(tabs.map((e) => send(attemptId, [e])));
    expect((await stored(attemptId)).slice(1).sort()).toEqual(tabs.map((e) => e.id).sort());
    expect(await stateOf(attemptId)).toMatchObject({ lessonId: lessons[1].id, scroll: 0.6, positionAt: at(15) });
  });

  it('a completed lesson still goes the long way, where completion is decided', async () => {
    const attemptId = await newAttempt();
    await send(attemptId, [position(0, 1, 0.5)]);
    const ways = watchWays();
    const done = lessons.map((l, i) => ({
      id: randomUUID(),
      type: 'lesson-completed',
      lessonId: l.id,
      occurredAt: at(2 + i),
    }));
    const answer = (await send(attemptId, done)).body;
    expect(ways).toEqual(['brief']);
    expect(answer.completed).toBe(true);
    // A completed attempt takes events (they are history) but its state no longer moves.
    const after = position(1, 9, 0.3);
    ways.length = 0;
    expect((await send(attemptId, [after])).body).toMatchObject({ stored: [after.id], completed: true });
    expect(ways).toEqual(['brief']);
  });
});
