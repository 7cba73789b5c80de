import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { runAsTenant } from '@larnav/api/db';

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

export interface JobsOptions {
  /** The same database as the data: the queue is tables in its own schema, `pgboss`. */
  databaseUrl: string;
  /** Whether this replica works jobs, or only puts them on the queue. */
  work: boolean;
}

/** Every job is on behalf of one municipality, unless it fans out to all of them (a schedule). */
export interface TenantJobData {
  tenantId: string;
}

export interface JobDefinition<T extends object> {
  name: string;
  /**
   * Runs confined to `data.tenantId` when the job names one (every tenant query inside sees only
   * that municipality). A throw fails the attempt; the queue tries again up to `retryLimit` times.
   */
  handler: (data: T, job: { id: string }) => Promise<void>;
  retryLimit?: number;
  /** How long one attempt may run before the queue takes it back and gives it to another worker. */
  expireInSeconds?: number;
  /**
   * pg-boss's queue policy. `standard` queues every job; `stately` keeps at most one waiting and
   * one running per singleton key (e.g. one import run per municipality at a time).
   */
  policy?: 'standard' | 'short' | 'singleton' | 'stately';
}

export interface SendOptions {
  /** With a `short` or `stately` policy: while a job with this key waits, another is not added. */
  singletonKey?: string;
  startAfter?: Date;
}

const SCHEMA = 'pgboss';

/**
 * The job queue: pg-boss on Lärnav's own PostgreSQL, so several API replicas share one queue and
 * each job is worked by exactly one of them (pg-boss fetches with SKIP LOCKED). Areas define their
 * jobs when their module starts; the queue starts once the whole application has.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private readonly schedules: { name: string; cron: string }[] = [];
  private readonly workers = new Map<string, string>();
  private stopped = false;
  private starting: Promise<PgBoss> | null = null;

  constructor(@Inject(JOBS_OPTIONS) private readonly options: JobsOptions) {}

  /** Declares a job and its handler. Call it from a module's constructor or onModuleInit. */
  define<T extends object>(definition: JobDefinition<T>): void {
    if (this.definitions.has(definition.name)) throw new Error(`Job ${definition.name} is defined twice`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition<object>);
  }

  /**
   * Runs a defined job on a schedule (cron, in Europe/Stockholm: "every Monday at 07:00" stays
   * 07:00 across daylight saving). pg-boss makes sure only one replica enqueues each occurrence.
   */
  schedule(name: string, cron: string): void {
    this.schedules.push({ name, cron });
  }

  /** Puts a job on the queue; null when a job with the same singleton key is already there. */
  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    if (!this.definitions.has(name)) throw new Error(`Job ${name} is not defined`);
    const boss = await this.started();
    const id = await boss.send(name, data, {
      singletonKey: options.singletonKey,
      startAfter: options.startAfter,
      retryLimit: this.definitions.get(name)?.retryLimit ?? 3,
      retryBackoff: true,
      expireInSeconds: this.definitions.get(name)?.expireInSeconds ?? 15 * 60,
    });
    // When this replica works the queue, wake its worker now rather than at its next poll.
    const worker = this.workers.get(name);
    if (id && worker) boss.notifyWorker(worker);
    return id;
  }

  /** The state of a job, for status pages and tests; null once the queue has forgotten it. */
  async state(name: string, id: string): Promise<PgBoss.JobWithMetadata['state'] | null> {
    const boss = await this.started();
    const job = await boss.getJobById(name, id, { includeArchive: true });
    return job?.state ?? null;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.started();
  }

  async onApplicationShutdown(): Promise<void> {
    const starting = this.starting;
    this.stopped = true;
    this.starting = null;
    // A start still under way is awaited, so no queue outlives the application (its timers would
    // keep the process alive and keep reconnecting to a database that may be gone).
    const boss = await starting?.catch(() => null);
    // Running jobs get a moment to finish; what does not is retried by another replica.
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  private started(): Promise<PgBoss> {
    if (this.stopped) return Promise.reject(new Error('The job queue has stopped with the application'));
    this.starting ??= this.start();
    return this.starting;
  }

  private async start(): Promise<PgBoss> {
    const boss = new PgBoss({
      connectionString: this.options.databaseUrl,
      schema: SCHEMA,
      application_name: 'larnav-jobs',
      max: 3,
      // Maintenance (expiry, archiving) and cron enqueueing only where jobs are worked.
      supervise: this.options.work,
      schedule: this.options.work && this.schedules.length > 0,
    });
    boss.on('error', (error) => this.logger.error({ err: error }, 'Job queue error'));
    await boss.start();
    try {
      await this.prepare(boss);
    } catch (error) {
      // A queue that started but could not be prepared must not run on unseen in the background.
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      this.starting = null;
      throw error;
    }
    return boss;
  }

  private async prepare(boss: PgBoss): Promise<void> {
    for (const [name, { policy }] of this.definitions) await this.createQueue(boss, name, policy ?? 'standard');
    if (this.options.work) {
      for (const [name, definition] of this.definitions) {
        const worker = await boss.work<object>(name, { batchSize: 1, pollingIntervalSeconds: 2 }, ([job]) =>
          this.run(definition, job),
        );
        this.workers.set(name, worker);
      }
      for (const { name, cron } of this.schedules) await boss.schedule(name, cron, {}, { tz: 'Europe/Stockholm' });
    }
  }

  /**
   * Replicas starting together race to create the same queue: pg-boss's create can then deadlock
   * or hit its unique key. Whoever loses looks again and finds the queue the other one made.
   */
  private async createQueue(
    boss: PgBoss,
    name: string,
    policy: NonNullable<JobDefinition<object>['policy']>,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      if (await boss.getQueue(name)) return;
      try {
        await boss.createQueue(name, { name, policy });
        return;
      } catch (error) {
        const code = (error as { code?: string }).code;
        const raced = code === '40P01' || code === '23505' || code === '42P07';
        if (!raced || attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  }

  private async run(definition: JobDefinition<object>, job: PgBoss.Job<object>): Promise<void> {
    const tenantId = (job.data as Partial<TenantJobData>).tenantId;
    try {
      if (tenantId) await runAsTenant(tenantId, () => definition.handler(job.data, { id: job.id }));
      else await definition.handler(job.data, { id: job.id });
    } catch (error) {
      this.logger.error({ err: error, job: definition.name, jobId: job.id, tenantId }, 'Job failed');
      throw error;
    }
  }
}
