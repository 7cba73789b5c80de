import 'fake-indexeddb/auto';
import type { ProgressEvent } from '@larnav/web/api-client';
import { type Batch, MAX_EVENTS_PER_BATCH, ProgressQueue, type QueueStatus, type SendOutcome } from './progress-queue';

const ATTEMPT = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const OTHER_ATTEMPT = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const LESSON = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

let n = 0;
function event(type: ProgressEvent['type'] = 'position'): ProgressEvent {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    type,
    occurredAt: new Date(Date.UTC(2025, 5, 1, 8, 0, n)).toISOString(),
    lessonId: LESSON,
    scroll: 0.5,
  };
}

/** A server that stores each event id once and answers as the test scripts it. */
class FakeServer {
  readonly stored = new Set<string>();
  readonly sent: Batch[] = [];
  readonly answers: (SendOutcome | 'network-error')[] = [];
  keepalives = 0;

  readonly transport = async (batch: Batch, { keepalive }: { keepalive: boolean }): Promise<SendOutcome> => {
    this.sent.push(batch);
    if (keepalive) this.keepalives += 1;
    const answer = this.answers.shift();
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    if (answer && !answer.ok) return answer;
    const ids = batch.kind === 'progress' ? batch.events.map((e) => e.id) : [batch.submission.id];
    const fresh = ids.filter((id) => !this.stored.has(id));
    fresh.forEach((id) => this.stored.add(id));
    return { ok: true, body: { stored: fresh, duplicates: ids.filter((id) => !fresh.includes(id)) } };
  };

  sentIds(): string[] {
    return this.sent.flatMap((b) => (b.kind === 'progress' ? b.events.map((e) => e.id) : [b.submission.id]));
  }
}

/** Timers the test fires by hand, so backoff is checked by its delays, not by waiting. */
class ManualClock {
  readonly delays: number[] = [];
  private due: (() => void)[] = [];
  readonly schedule = (run: () => void, ms: number) => {
    this.delays.push(ms);
    this.due.push(run);
    return () => {
      this.due = this.due.filter((r) => r !== run);
    };
  };
  fire(): void {
    const due = this.due;
    this.due = [];
    due.forEach((run) => run());
  }
  get waiting(): number {
    return this.due.length;
  }
}

let dbCount = 0;
function setup() {
  const server = new FakeServer();
  const clock = new ManualClock();
  const databaseName = `progress-test-${++dbCount}`;
  const open = () =>
    ProgressQueue.open({
      transport: server.transport,
      databaseName,
      schedule: clock.schedule,
      backoff: { firstMs: 1000, maxMs: 8000 },
    });
  return { server, clock, open };
}

/** Until the queue has nothing in flight and nothing left it can send now. */
async function settled(queue: ProgressQueue): Promise<void> {
  await queue.flush();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await queue.flush();
}

describe('the progress queue', () => {
  it('sends events in the order they were made, one batch per run of an attempt, and empties', async () => {
    const { server, open } = setup();
    const queue = await open();
    const made = [event('lesson-opened'), event(), event('lesson-completed')];
    const quiz = { id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd', answers: [] };
    const later = event('lesson-opened');
    for (const e of made) await queue.enqueue({ kind: 'progress', attemptId: ATTEMPT, event: e });
    await queue.enqueue({ kind: 'quiz', attemptId: ATTEMPT, quizId: LESSON, submission: quiz });
    await queue.enqueue({ kind: 'progress', attemptId: OTHER_ATTEMPT, event: later });
    await settled(queue);

    expect(server.sentIds().filter((id, i, all) => all.indexOf(id) === i)).toEqual([
      ...made.map((e) => e.id),
      quiz.id,
      later.id,
    ]);
    expect(server.stored.size).toBe(5);
    expect(queue.currentStatus()).toEqual({ pending: 0, waiting: null, saved: true });
    queue.close();
  });

  it('never puts more than 100 events in one request', async () => {
    const { server, open } = setup();
    const queue = await open();
    server.answers.push({ ok: false, status: 503 });
    for (let i = 0; i < MAX_EVENTS_PER_BATCH + 20; i++)
      await queue.enqueue({ kind: 'progress', attemptId: ATTEMPT, event: event() });
    await queue.retryNow();
    expect(Math.max(...server.sent.map((b) => (b.kind === 'progress' ? b.events.length : 1)))).toBe(
      MAX_EVENTS_PER_BATCH,
    );
    expect(server.stored.size).toBe(MAX_EVENTS_PER_BATCH + 20);
    queue.close();
  });

  it.each([
    ['a network error', 'network-error' as const, 'offline'],
    ['503', { ok: false as const, status: 503 }, 'server'],
    ['500', { ok: false as const, status: 500 }, 'server'],
    ['429', { ok: false as const, status: 429 }, 'server'],
  ])('keeps the events after %s and tries again later, waiting longer each time', async (_, failure, waiting) => {
    const { server, clock, open } = setup();
    const queue = await open();
    const statuses: QueueStatus[] = [];
    queue.subscribe({ status: (s) => statuses.push(s) });
    server.answers.push(failure, failure, failure, failure, failure);
    const e = event();
    await queue.enqueue({ kind: 'progress', attemptId: ATTEMPT, event: e });
    await settled(queue);

    expect(queue.currentStatus()).toEqual({ pending: 1, waiting, saved: false });
    expect(server.stored.size).toBe(0);
    // Nothing goes out again until the backoff step is due, however often the page asks.
    await queue.flush();
    expect(server.sent).toHaveLength(1);
    for (let i = 0; i < 4; i++) {
      clock.fire();
      await settled(queue);
    }
    expect(clock.delays).toEqual([1000, 2000, 4000, 8000, 8000]);
    clock.fire();
    await settled(queue);
    expect([...server.stored]).toEqual([e.id]);
    expect(queue.currentStatus()).toEqual({ pending: 0, waiting: null, saved: true });
    expect(statuses.some((s) => s.waiting === waiting)).toBe(true);
    queue.close();
  });

  it('loses nothing across a reload: a new queue on the same database sends what the old one kept', async () => {
    const { server, open } = setup();
    const first = await open();
    server.answers.push('network-error');
    const made = [event('lesson-opened'), event(), event()];
    for (const e of made) await first.enqueue({ kind: 'progress', attemptId: ATTEMPT, event: e });
    await settled(first);
    expect(await first.pendingFor(ATTEMPT)).toHaveLength(3);
    first.close();

    const second = await open();
    expect(second.currentStatus().pending).toBe(3);
    await second.flush();
    expect([...server.stored]).toEqual(made.map((e) => e.id));
    expect(await second.pendingFor(ATTEMPT)).toEqual([]);
    second.close();
  });

  it('resends an event whose answer was lost, and the server stores it once', async () => {
    const { server, open } = setup();
    const queue = await open();
    const e = event();
    // The server stored it, but the answer never reached the browser.
    server.answers.push('network-error');
    server.stored.add(e.id);
    await queue.enqueue({ kind: 'progress', attemptId: ATTEMPT, event: e });
    await settled(queue);
    await queue.retryNow();
    expect(server.sentIds()).toEqual([e.id, e.id]);
    expect(server.stored.size).toBe(1);
    expect(queue.currentStatus().pending).toBe(0);
    queue.close();
  });

  it('drops a batch the server refuses for good, says so, and goes on with the next', async () => {
    const { server, open } = setup();
    const queue = await open();
    const refused: number[] = [];
    queue.subscribe({ refused: (_, status) => refused.push(status) });
    server.answers.push({ ok: false, status: 422, body: { code: 'quiz_tries_used' } });
    const quiz = { id: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee', answers: [] };
    await queue.enqueue({ kind: 'quiz', attemptId: ATTEMPT, quizId: LESSON, submission: quiz });
    const e = event();
    await queue.enqueue({ kind: 'progress', attemptId: ATTEMPT, event: e });
    await settled(queue);
    expect(refused).toEqual([422]);
    expect([...server.stored]).toEqual([e.id]);
    queue.close();
  });

  it('keeps what a 401 refused: the learner signs in again and it is sent', async () => {
    const { server, clock, open } = setup();
    const queue = await open();
    server.answers.push({ ok: false, status: 401 });
    await queue.enqueue({ kind: 'progress', attemptId: ATTEMPT, event: event() });
    await settled(queue);
    expect(queue.currentStatus().pending).toBe(1);
    clock.fire();
    await settled(queue);
    expect(server.stored.size).toBe(1);
    queue.close();
  });

  it('on leaving the page sends everything with keepalive, even while a send is held back', async () => {
    const { server, clock, open } = setup();
    const queue = await open();
    server.answers.push({ ok: false, status: 503 });
    const made = [event(), event()];
    for (const e of made) await queue.enqueue({ kind: 'progress', attemptId: ATTEMPT, event: e });
    await settled(queue);
    expect(clock.waiting).toBe(1);
    await queue.flush({ keepalive: true });
    expect(server.keepalives).toBe(1);
    expect([...server.stored]).toEqual(made.map((e) => e.id));
    expect(queue.currentStatus().pending).toBe(0);
    queue.close();
  });

  it('tells "Sparat" only once the server has confirmed everything', async () => {
    const { server, clock, open } = setup();
    const queue = await open();
    expect(queue.currentStatus().saved).toBe(false);
    server.answers.push('network-error');
    await queue.enqueue({ kind: 'progress', attemptId: ATTEMPT, event: event() });
    await settled(queue);
    expect(queue.currentStatus().saved).toBe(false);
    clock.fire();
    await settled(queue);
    expect(queue.currentStatus().saved).toBe(true);
    queue.close();
  });
});
