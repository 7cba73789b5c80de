import { Injectable, Logger, OnModuleInit, Optional } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AssignmentEngine } from '@larnav/api/compliance';
import { TenantDb } from '@larnav/api/db';
import { JobQueue } from '@larnav/api/jobs';
import { calendarDateAt } from '@larnav/contracts';
import { CHECKPOINT_ROLLUP_BUILD, ROLLUP_BUILD, ROLLUP_BUILD_ROLLED } from './facts-read.sql';
import { DROP_FACTS, REFRESH_FACTS, WRITE_CHECKPOINTS, WRITE_DELTAS, WRITE_FACTS } from './facts.sql';
import {
  checkpointMonth,
  FactHorizon,
  RolledMonths,
  rolledFirstMonth,
  rolledMonthsOf,
  rolledStartMonth,
} from './fact-months';

/** The state row's months and days, as FactHorizon names them. */
const HORIZON_COLUMNS = `to_char(first_month, 'YYYY-MM-DD') AS "firstMonth", to_char(last_month, 'YYYY-MM-DD') AS "lastMonth",
  to_char(rollup_day, 'YYYY-MM-DD') AS "rollupDay", to_char(checkpoint_rollup_from, 'YYYY-MM-DD') AS "checkpointRollupFrom"`;

/** The roll-up made again takes a new number (migration CoverageRollupGeneration): kept copies are read whole. */
const REMADE = `rollup_built = nextval('coverage_rollup_generation')`;

/** Stale people brought up to date inside a read; more, and the read derives while a job catches up. */
const INLINE_LIMIT = 2000;
/** People per refresh statement. */
const BATCH = 1000;
/** People per statement of a full rebuild (inserts only, no deltas). */
const REBUILD_BATCH = 5000;
const REFRESH_JOB = 'coverage-facts-refresh';
const FACT_TABLES = [
  'coverage_rollup',
  'coverage_checkpoint_rollup',
  'coverage_stale_person',
  'coverage_standing',
  'coverage_placement',
  'coverage_delta',
  'coverage_checkpoint',
];

interface VersionRow {
  version_id: string;
  module_id: string;
}

/**
 * The kept coverage facts (facts.sql.ts): stale people are marked by triggers in the writing
 * transaction (migration CoverageFactsTriggers), and brought up to date here, before every read
 * (so a change shows in the next read, never a stale number) and by a job when a change touched
 * more people than a read should wait for (a rule for everyone, an HR import), meanwhile the
 * read derives on its own. Versions are compared at each read instead, as a region-shared
 * module's versions are published in another municipality's rows.
 */
@Injectable()
export class CoverageFacts implements OnModuleInit {
  private readonly logger = new Logger(CoverageFacts.name);

  constructor(
    private readonly db: TenantDb,
    private readonly assignments: AssignmentEngine,
    @Optional() private readonly queue?: JobQueue,
  ) {}

  onModuleInit(): void {
    this.queue?.define<{ tenantId: string }>({
      name: REFRESH_JOB,
      policy: 'stately',
      expireInSeconds: 60 * 60,
      handler: async () => {
        const versions = await this.assignments.ruleVersions();
        await this.prepare(versions);
        while (await this.refreshBatch(versions)) {
          // until nobody is stale
        }
      },
    });
  }

  /**
   * Brings the facts up to date for a read judged with `versions` (AssignmentEngine.ruleVersions).
   * The kept months when the facts answer it; null when the read must derive instead.
   */
  async current(versions: string): Promise<FactHorizon | null> {
    const { horizon, stale } = await this.prepare(versions);
    if (stale > INLINE_LIMIT) {
      await this.queue
        ?.send(REFRESH_JOB, { tenantId: this.db.tenantId() }, { singletonKey: this.db.tenantId() })
        .catch((error) => this.logger.warn(`coverage facts refresh not queued: ${error}`));
      return null;
    }
    await this.refreshAll(versions);
    return horizon;
  }

  /**
   * Every stale person brought up to date, this read's batches and others' alike. A batch skips
   * the people another transaction is refreshing (SKIP LOCKED, so two never do the same work);
   * the read then waits for those to commit, or it would answer from facts half-written, as a
   * page's first parallel requests on a fresh installation did (zeros for a past day).
   */
  private async refreshAll(versions: string): Promise<void> {
    for (;;) {
      while (await this.refreshBatch(versions)) {
        // until nobody unlocked is stale
      }
      const left = await this.db.transaction(
        async (em) =>
          (await em.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM coverage_stale_person FOR UPDATE) s`))[0].n,
      );
      // Zero once the others committed; people still there were marked since, or their refresh failed.
      if (left === 0) return;
    }
  }

  /**
   * Every fact of the municipality again from the source tables, in one transaction: people in
   * batches, then the deltas and the checkpoints set-based from what was written.
   */
  async rebuild(versions: string): Promise<{ people: number; standings: number }> {
    return this.db.transaction(async (em) => {
      const tenantId = this.db.tenantId();
      await lockRollup(em, tenantId);
      for (const table of FACT_TABLES) await em.query(`DELETE FROM ${table}`);
      const horizon = await writeState(em, tenantId, versions);
      const people: string[] = (await em.query(`SELECT DISTINCT person_id FROM employment ORDER BY person_id`)).map(
        (r: { person_id: string }) => r.person_id,
      );
      let standings = 0;
      for (let i = 0; i < people.length; i += REBUILD_BATCH) {
        const [row] = await em.query(WRITE_FACTS, [people.slice(i, i + REBUILD_BATCH), tenantId, versions, null, null]);
        standings += row.standings;
      }
      await em.query(WRITE_DELTAS, [tenantId]);
      await em.query(WRITE_CHECKPOINTS, [tenantId, horizon.firstMonth, horizon.lastMonth]);
      const from = rolledFirstMonth(calendarDateAt(new Date()), horizon);
      await em.query(CHECKPOINT_ROLLUP_BUILD, [tenantId, from, horizon.lastMonth]);
      await em.query(`UPDATE coverage_fact_state SET rollup_day = NULL, checkpoint_rollup_from = $1::date, ${REMADE}`, [
        from,
      ]);
      return { people: people.length, standings };
    });
  }

  /**
   * Makes the roll-up hold `day` (today's, for the tree report), from the checkpoints when it
   * holds another day or none: once a day per municipality (a unit's move shifts it, in the
   * move's own transaction: migration CoverageRollupFollowsMove). Call after current() has
   * answered with the facts' horizon.
   */
  async rollupFor(day: string, horizon: FactHorizon): Promise<void> {
    // Nearly every read finds the day already rolled up: no transaction, no lock.
    if (horizon.rollupDay === day) return;
    await this.db.transaction(async (em) => {
      const tenantId = this.db.tenantId();
      await lockRollup(em, tenantId);
      // Again under the lock: another read may have rolled the day up meanwhile.
      const [state]: FactHorizon[] = await em.query(`SELECT ${HORIZON_COLUMNS} FROM coverage_fact_state`);
      if (!state || state.rollupDay === day) return;
      const month = checkpointMonth(day, horizon);
      const start = rolledStartMonth(day, month, rolledMonthsOf(state));
      if (start) {
        await em.query(ROLLUP_BUILD_ROLLED, [day, start, null, tenantId]);
      } else {
        await em.query(`DELETE FROM coverage_rollup`);
        await em.query(ROLLUP_BUILD, [day, month, null, tenantId]);
      }
      await em.query(`UPDATE coverage_fact_state SET rollup_day = $1::date, ${REMADE}`, [day]);
    });
  }

  /**
   * The months the rolled checkpoints hold, made from the checkpoints first when none are kept
   * (new facts): once, for the past-day tree and the trend; a unit's move shifts them as today's.
   * Call after current() has answered with the facts' horizon.
   */
  async checkpointRollupFor(horizon: FactHorizon): Promise<RolledMonths | null> {
    // Nearly every read finds them made already: no transaction, no lock.
    if (horizon.checkpointRollupFrom) return rolledMonthsOf(horizon);
    return this.db.transaction(async (em) => {
      const tenantId = this.db.tenantId();
      await lockRollup(em, tenantId);
      // Again under the lock: another read may have made them meanwhile.
      const [state]: FactHorizon[] = await em.query(`SELECT ${HORIZON_COLUMNS} FROM coverage_fact_state`);
      if (!state) return null;
      if (state.checkpointRollupFrom) return rolledMonthsOf(state);
      const from = rolledFirstMonth(calendarDateAt(new Date()), state);
      // A unit moving meanwhile shifts them after this commits (its trigger waits for the lock),
      // or has moved before the build's statement reads the paths.
      await em.query(`UPDATE coverage_fact_state SET checkpoint_rollup_from = $1::date`, [from]);
      await em.query(`DELETE FROM coverage_checkpoint_rollup`);
      await em.query(CHECKPOINT_ROLLUP_BUILD, [tenantId, from, state.lastMonth]);
      return { firstMonth: from, lastMonth: state.lastMonth };
    });
  }

  /**
   * The state row (made on first use, marking everyone employed stale), the people whose facts a
   * version published since would change marked stale too, and how many are stale.
   */
  private async prepare(versions: string): Promise<{ horizon: FactHorizon; stale: number }> {
    return this.db.transaction(async (em) => {
      const tenantId = this.db.tenantId();
      const [state]: (FactHorizon & { versions: VersionRow[] })[] = await em.query(
        `SELECT versions, ${HORIZON_COLUMNS} FROM coverage_fact_state`,
      );
      let horizon: FactHorizon;
      if (!state) {
        horizon = await writeState(em, tenantId, versions);
        await em.query(
          `INSERT INTO coverage_stale_person (tenant_id, person_id) SELECT DISTINCT tenant_id, person_id FROM employment
           ON CONFLICT DO NOTHING`,
        );
      } else {
        const { versions: judged, ...kept } = state;
        horizon = kept;
        const moved = changedModules(judged, JSON.parse(versions) as VersionRow[]);
        if (moved.length > 0) {
          await em.query(
            `INSERT INTO coverage_stale_person (tenant_id, person_id)
             SELECT DISTINCT tenant_id, person_id FROM coverage_standing WHERE module_id = ANY($1::uuid[])
             ON CONFLICT DO NOTHING`,
            [moved],
          );
          await em.query(`UPDATE coverage_fact_state SET versions = $1::jsonb`, [versions]);
        }
      }
      const [{ stale }] = await em.query(
        `SELECT count(*)::int AS stale FROM (SELECT 1 FROM coverage_stale_person LIMIT $1) s`,
        [INLINE_LIMIT + 1],
      );
      return { horizon, stale };
    });
  }

  /** One batch of stale people brought up to date; false when nobody was stale. */
  private async refreshBatch(versions: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      await lockRollup(em, this.db.tenantId());
      const people: string[] = (
        await em.query(
          // Wrapped in a SELECT: TypeORM hands a bare DELETE's rows back beside its count.
          `WITH taken AS (
             DELETE FROM coverage_stale_person WHERE (tenant_id, person_id) IN (
               SELECT tenant_id, person_id FROM coverage_stale_person ORDER BY person_id LIMIT $1 FOR UPDATE SKIP LOCKED)
             RETURNING person_id)
           SELECT person_id FROM taken`,
          [BATCH],
        )
      ).map((r: { person_id: string }) => r.person_id);
      if (people.length === 0) return false;
      const [state]: FactHorizon[] = await em.query(`SELECT ${HORIZON_COLUMNS} FROM coverage_fact_state`);
      // Deltas and checkpoints are taken in one order by every refresh, so two never deadlock.
      people.sort();
      const [dropped] = await em.query(DROP_FACTS, [people]);
      await em.query(REFRESH_FACTS, [
        people,
        this.db.tenantId(),
        versions,
        null,
        null,
        state.firstMonth,
        state.lastMonth,
        JSON.stringify(dropped.standings),
        JSON.stringify(dropped.placements),
        state.rollupDay,
        state.checkpointRollupFrom,
      ]);
      return true;
    });
  }
}

/**
 * Kept months: from the first employment's month (at most ten years back) to a year ahead, so
 * today's and any past month's counts start from a checkpoint; later days still answer, from
 * the last checkpoint and more deltas.
 */
async function writeState(em: EntityManager, tenantId: string, versions: string): Promise<FactHorizon> {
  const [horizon] = await em.query(
    `INSERT INTO coverage_fact_state (tenant_id, versions, first_month, last_month)
     SELECT $1::uuid, $2::jsonb,
            greatest(date_trunc('month', min(start_date)), date_trunc('month', $3::date) - interval '10 years')::date,
            (date_trunc('month', $3::date) + interval '12 months')::date
       FROM employment
     ON CONFLICT (tenant_id) DO UPDATE SET versions = EXCLUDED.versions, first_month = EXCLUDED.first_month,
                                           last_month = EXCLUDED.last_month
     RETURNING to_char(first_month, 'YYYY-MM-DD') AS "firstMonth", to_char(last_month, 'YYYY-MM-DD') AS "lastMonth"`,
    [tenantId, versions, calendarDateAt(new Date())],
  );
  return horizon;
}

/** Modules with a version added, removed or changed since the facts were judged. */
export function changedModules(before: VersionRow[], now: VersionRow[]): string[] {
  const key = (rows: VersionRow[]) =>
    new Map(rows.map((v) => [v.version_id, JSON.stringify(v, Object.keys(v).sort())]));
  const [was, is] = [key(before), key(now)];
  const moved = new Set<string>();
  for (const v of now) if (was.get(v.version_id) !== is.get(v.version_id)) moved.add(v.module_id);
  for (const v of before) if (!is.has(v.version_id)) moved.add(v.module_id);
  return [...moved];
}

/**
 * One writer of a municipality's roll-ups at a time: refreshes add their deltas to today's and
 * to the rolled checkpoints, a unit's move shifts its subtree's totals between ancestors (the
 * trigger of migration CoverageRollupFollowsMove takes this lock too), and a rebuild (a new
 * day) replaces one; without the lock a change committed during a rebuild would be counted
 * twice or not at all. Held to the end of the transaction.
 */
async function lockRollup(em: EntityManager, tenantId: string): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext('coverage_rollup'), hashtext($1::text))`, [tenantId]);
}
