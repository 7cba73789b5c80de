import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '@larnav/api/db/testing';
import { applyEvents, AttemptState, EMPTY_STATE, ProgressEventInput } from '@larnav/shared/learning';

type Event = Pick<ProgressEventInput, 'type' | 'occurredAt' | 'lessonId' | 'scroll' | 'blockId' | 'seconds'>;

/** A small seeded generator (mulberry32): the same cases on every run, other cases by another seed. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  return { next, pick };
}

const LESSONS = [randomUUID(), randomUUID(), randomUUID()];
const BLOCKS = [randomUUID(), randomUUID()];
// Few instants, so that batches hold ties and events older than the position.
const INSTANTS = Array.from({ length: 6 }, (_, i) => new Date(Date.UTC(2026, 11, 7, 9, 0, i * 7)).toISOString());

function randomEvent(random: ReturnType<typeof generator>): Event {
  const type = random.pick(['position', 'position', 'lesson-opened', 'lesson-completed'] as const);
  const event: Event = { type, occurredAt: random.pick(INSTANTS), lessonId: random.pick(LESSONS) };
  if (type !== 'lesson-completed' && random.next() < 0.7) event.scroll = Math.round(random.next() * 100) / 100;
  if (type === 'position' && random.next() < 0.4) {
    event.blockId = random.pick(BLOCKS);
    event.seconds = Math.round(random.next() * 6000) / 10;
  }
  return event;
}

/**
 * The database's `progress_state` (a progress write in one statement, issue 8) and the shared
 * `applyEvents` (the browser's view, and the server's on the path with a completion) must give
 * the same state for the same events: compared on generated batches over generated states.
 */
describe('progress_state in PostgreSQL and applyEvents agree', () => {
  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  const inDatabase = async (cases: { state: AttemptState; events: Event[] }[]): Promise<AttemptState[]> => {
    const { rows } = await client.query(
      `SELECT progress_state(c.value -> 'state', c.value -> 'events') AS state
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS c(value, n) ORDER BY c.n`,
      [JSON.stringify(cases)],
    );
    return rows.map((row) => row.state);
  };

  it('on 600 generated batches over generated states', async () => {
    const random = generator(2026);
    const cases = Array.from({ length: 600 }, () => {
      const history = Array.from({ length: Math.floor(random.next() * 5) }, () => randomEvent(random));
      const state = applyEvents(EMPTY_STATE, history);
      const events = Array.from({ length: 1 + Math.floor(random.next() * 6) }, () => randomEvent(random));
      return { state, events };
    });
    const expected = cases.map((c) => applyEvents(c.state, c.events));
    expect(await inDatabase(cases)).toEqual(expected);
    // The cases are not all alike: positions moved, lessons completed, videos remembered.
    expect(new Set(expected.map((s) => s.lessonId)).size).toBeGreaterThan(2);
    expect(expected.some((s) => s.lessonsDone.length > 1)).toBe(true);
    expect(expected.some((s) => Object.keys(s.videoSeconds).length > 0)).toBe(true);
  });

  it('ignores a position older than the one applied, and resets the scroll on another lesson', async () => {
    const state = applyEvents(EMPTY_STATE, [
      { type: 'position', occurredAt: INSTANTS[3], lessonId: LESSONS[0], scroll: 0.8 },
    ]);
    const cases = [
      { state, events: [{ type: 'position' as const, occurredAt: INSTANTS[1], lessonId: LESSONS[1], scroll: 0.2 }] },
      { state, events: [{ type: 'lesson-opened' as const, occurredAt: INSTANTS[4], lessonId: LESSONS[1] }] },
    ];
    expect(await inDatabase(cases)).toEqual([
      state,
      { ...state, lessonId: LESSONS[1], scroll: 0, positionAt: INSTANTS[4] },
    ]);
  });
});
