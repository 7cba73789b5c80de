import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { ProgressEvent, QuizSubmissionInput } from '@larnav/web/api-client';

/** One thing the learner did that the server must hear about, exactly once. */
export type QueuedWork =
  | { kind: 'progress'; attemptId: string; event: ProgressEvent }
  | { kind: 'quiz'; attemptId: string; quizId: string; submission: QuizSubmissionInput };

/** What goes over the wire in one request: a run of events of one attempt, or one quiz answer. */
export type Batch =
  | { kind: 'progress'; attemptId: string; events: ProgressEvent[] }
  | { kind: 'quiz'; attemptId: string; quizId: string; submission: QuizSubmissionInput };

/** The server's answer to one batch; status 0 means no answer came (offline, connection lost). */
export type SendOutcome = { ok: true; body: unknown } | { ok: false; status: number; body?: unknown };

export type Transport = (batch: Batch, options: { keepalive: boolean }) => Promise<SendOutcome>;

export interface QueueStatus {
  /** Items kept in the browser that the server has not confirmed yet. */
  pending: number;
  /** Why sending waits: no connection, or the server said "not now" (5xx, 429). */
  waiting: 'offline' | 'server' | null;
  /** Everything done so far is confirmed by the server (and something was). */
  saved: boolean;
}

export interface QueueListener {
  status?: (status: QueueStatus) => void;
  /** The server stored a batch (or already had it); `body` is its answer. */
  delivered?: (batch: Batch, body: unknown) => void;
  /** The server refused a batch for good (a 4xx other than 401/408/429); it is not sent again. */
  refused?: (batch: Batch, status: number, body: unknown) => void;
}

export interface ProgressQueueOptions {
  transport: Transport;
  /** One database per origin is enough; tests give each queue its own. */
  databaseName?: string;
  /** Runs `run` after `ms`; returns a cancel function. Tests replace it to step through retries. */
  schedule?: (run: () => void, ms: number) => () => void;
  /** First retry delay and the longest one, in ms. */
  backoff?: { firstMs: number; maxMs: number };
}

export const MAX_EVENTS_PER_BATCH = 100;
const STORE = 'work';

interface QueueDb extends DBSchema {
  work: { key: number; value: { seq?: number; work: QueuedWork } };
}

/** 401: the session ran out; the learner signs in again and what they did is still sent. */
function worthRetrying(status: number): boolean {
  return status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
}

/**
 * The browser's outbox for progress and quiz answers. Each item is written to IndexedDB before
 * anything is sent, so a reload, a closed tab or a lost connection loses nothing; items go out
 * in the order they were made, a run of events of one attempt per request, and leave the outbox
 * only when the server has answered for them. Every item carries an id made in the browser, so
 * sending one twice (a retry, a second tab, a keepalive flush that raced a normal one) stores it once.
 */
export class ProgressQueue {
  private readonly listeners = new Set<QueueListener>();
  private readonly schedule: NonNullable<ProgressQueueOptions['schedule']>;
  private readonly backoff: NonNullable<ProgressQueueOptions['backoff']>;
  private status: QueueStatus = { pending: 0, waiting: null, saved: false };
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private cancelRetry: (() => void) | null = null;
  private closed = false;

  private constructor(
    private readonly db: IDBPDatabase<QueueDb>,
    private readonly transport: Transport,
    options: ProgressQueueOptions,
  ) {
    this.schedule =
      options.schedule ??
      ((run, ms) => {
        const timer = setTimeout(run, ms);
        return () => clearTimeout(timer);
      });
    this.backoff = options.backoff ?? { firstMs: 1_000, maxMs: 30_000 };
  }

  static async open(options: ProgressQueueOptions): Promise<ProgressQueue> {
    const db = await openDB<QueueDb>(options.databaseName ?? 'larnav-progress', 1, {
      upgrade(database) {
        database.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
      },
    });
    const queue = new ProgressQueue(db, options.transport, options);
    await queue.refreshPending();
    return queue;
  }

  /** Keeps `work` in the outbox, then starts sending. Resolves once it is safely stored. */
  async enqueue(work: QueuedWork): Promise<void> {
    await this.db.add(STORE, { work });
    this.setStatus({ saved: false });
    await this.refreshPending();
    void this.flush();
  }

  /** What is still waiting for an attempt, oldest first: the player shows it as done already. */
  async pendingFor(attemptId: string): Promise<QueuedWork[]> {
    return (await this.db.getAll(STORE)).map((row) => row.work).filter((work) => work.attemptId === attemptId);
  }

  currentStatus(): QueueStatus {
    return this.status;
  }

  subscribe(listener: QueueListener): () => void {
    this.listeners.add(listener);
    listener.status?.(this.status);
    return () => this.listeners.delete(listener);
  }

  /** The connection is back (or the learner asked): try now instead of at the next backoff step. */
  retryNow(): Promise<void> {
    this.cancelRetry?.();
    this.cancelRetry = null;
    this.failures = 0;
    return this.flush();
  }

  /**
   * Sends everything in order until the outbox is empty or the server cannot take more now.
   * One run at a time; a call during a run makes it go round again. With `keepalive` (the page
   * is being hidden or closed) it sends everything at once, whatever is in flight: the browser
   * finishes keepalive requests after the page is gone, and a duplicate is stored only once.
   */
  flush(options: { keepalive?: boolean } = {}): Promise<void> {
    if (options.keepalive) return this.sendAllKeepalive();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  close(): void {
    this.closed = true;
    this.cancelRetry?.();
    this.listeners.clear();
    this.db.close();
  }

  private async run(): Promise<void> {
    do {
      this.again = false;
      while (!this.cancelRetry && !this.closed) {
        const next = await this.nextBatch();
        if (!next) break;
        const outcome = await this.send(next.batch, false);
        if (outcome === 'retry') return;
        await this.remove(next.seqs);
      }
    } while (this.again && !this.cancelRetry);
  }

  private async sendAllKeepalive(): Promise<void> {
    const rows = await this.db.getAll(STORE);
    const sends: Promise<void>[] = [];
    for (let start = 0; start < rows.length; ) {
      const { batch, seqs } = batchFrom(rows, start);
      start += seqs.length;
      sends.push(
        this.send(batch, true).then(async (outcome) => {
          if (outcome !== 'retry') await this.remove(seqs);
        }),
      );
    }
    await Promise.all(sends);
  }

  /** 'done': the server answered for the batch (stored or refused for good); 'retry': keep it. */
  private async send(batch: Batch, keepalive: boolean): Promise<'done' | 'retry'> {
    let outcome: SendOutcome;
    try {
      outcome = await this.transport(batch, { keepalive });
    } catch {
      outcome = { ok: false, status: 0 };
    }
    if (outcome.ok) {
      this.failures = 0;
      this.listeners.forEach((listener) => listener.delivered?.(batch, outcome.body));
      return 'done';
    }
    if (worthRetrying(outcome.status)) {
      if (!keepalive) this.retryLater(outcome.status === 0 ? 'offline' : 'server');
      return 'retry';
    }
    this.listeners.forEach((listener) => listener.refused?.(batch, outcome.status, outcome.body));
    return 'done';
  }

  private retryLater(reason: 'offline' | 'server'): void {
    if (this.closed) return;
    const delay = Math.min(this.backoff.firstMs * 2 ** this.failures, this.backoff.maxMs);
    this.failures += 1;
    this.setStatus({ waiting: reason, saved: false });
    this.cancelRetry = this.schedule(() => {
      this.cancelRetry = null;
      void this.flush();
    }, delay);
  }

  private async nextBatch(): Promise<{ batch: Batch; seqs: number[] } | null> {
    // The oldest item and what may ride with it: at most one batch's worth is read.
    if (this.closed) return null;
    const rows = await this.db.getAll(STORE, undefined, MAX_EVENTS_PER_BATCH);
    return rows.length ? batchFrom(rows, 0) : null;
  }

  private async remove(seqs: number[]): Promise<void> {
    // A page that closed the outbox mid-send leaves the items: the next page resends, stored once.
    if (this.closed) return;
    const tx = this.db.transaction(STORE, 'readwrite');
    await Promise.all([...seqs.map((seq) => tx.store.delete(seq)), tx.done]);
    // The page may have closed the outbox while the delete committed: a closed database refuses reads.
    if (this.closed) return;
    const pending = await this.db.count(STORE);
    this.setStatus({ pending, waiting: null, saved: pending === 0 });
  }

  private async refreshPending(): Promise<void> {
    if (this.closed) return;
    this.setStatus({ pending: await this.db.count(STORE) });
  }

  private setStatus(change: Partial<QueueStatus>): void {
    const next = { ...this.status, ...change };
    if (next.pending > 0) next.saved = false;
    if (
      next.pending === this.status.pending &&
      next.waiting === this.status.waiting &&
      next.saved === this.status.saved
    )
      return;
    this.status = next;
    this.listeners.forEach((listener) => listener.status?.(next));
  }
}

/** The batch that starts at `rows[start]`: a quiz answer alone, or the run of one attempt's events. */
function batchFrom(rows: { seq?: number; work: QueuedWork }[], start: number): { batch: Batch; seqs: number[] } {
  const first = rows[start].work;
  if (first.kind === 'quiz') {
    return {
      batch: { kind: 'quiz', attemptId: first.attemptId, quizId: first.quizId, submission: first.submission },
      seqs: [rows[start].seq as number],
    };
  }
  const events: ProgressEvent[] = [];
  const seqs: number[] = [];
  for (let i = start; i < rows.length && events.length < MAX_EVENTS_PER_BATCH; i++) {
    const work = rows[i].work;
    if (work.kind !== 'progress' || work.attemptId !== first.attemptId) break;
    events.push(work.event);
    seqs.push(rows[i].seq as number);
  }
  return { batch: { kind: 'progress', attemptId: first.attemptId, events }, seqs };
}
