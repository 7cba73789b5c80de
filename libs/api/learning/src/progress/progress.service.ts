import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@larnav/api/common';
import { BriefStatement, preparedStatement, TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import type { AttemptState } from '../entities/attempt.entity';
import { Attempt } from '../entities/attempt.entity';
import { CompletionService } from '../completion/completion.service';
import { learner } from './attempts.service';
import { applyEvents, ProgressEventInput } from '@larnav/shared/learning';
import { VersionContent } from './version-content';
import { KnownAttempt, KnownAttemptStates } from './known-attempt-states';

export interface RecordedProgress {
  /** Events stored now. */
  stored: string[];
  /** Events already stored before: a resend, changing nothing. */
  duplicates: string[];
  state: AttemptState;
  completed: boolean;
}

/**
 * Records what the browser sent, each event exactly once, and brings the attempt's state and
 * completion up to date, in one transaction. Events of one attempt queue on its row lock.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly db: TenantDb,
    private readonly versions: VersionContent,
    private readonly completions: CompletionService,
    private readonly known: KnownAttemptStates,
  ) {}

  async record(attemptId: string, events: ProgressEventInput[], actor: Actor): Promise<RecordedProgress> {
    const personId = learner(actor);
    const tenantId = this.db.tenantId();
    const known = this.known.get(tenantId, attemptId, personId);
    // A completed lesson may complete the module: that is decided in the long way's transaction.
    if (known && !events.some((e) => e.type === 'lesson-completed')) {
      const recorded = await this.recordOnKnownState(attemptId, known, events);
      if (recorded) {
        this.known.remember(tenantId, attemptId, { ...known, state: recorded.state });
        return recorded;
      }
    }
    const { recorded, attempt } = await this.recordInTransaction(attemptId, personId, events);
    if (attempt.completedAt) this.known.forget(tenantId, attemptId);
    else {
      const { moduleId, versionId } = attempt;
      this.known.remember(tenantId, attemptId, { personId, moduleId, versionId, state: recorded.state });
    }
    return recorded;
  }

  /**
   * Every learner's every scroll comes here (issue 8), and most are positions on an attempt this
   * server wrote last: one statement in one round trip stores them, if the attempt's state is
   * still the one known (the new state is worked out from it) and none of them is stored yet (a
   * known id breaks the primary key, and the statement undoes itself). Otherwise it writes
   * nothing, and the caller goes the long way, which decides from what the database holds.
   */
  private async recordOnKnownState(
    attemptId: string,
    known: KnownAttempt,
    events: ProgressEventInput[],
  ): Promise<RecordedProgress | null> {
    const version = await this.versions.get(known.moduleId, known.versionId);
    const state = applyEvents(known.state, events, version.lessonIds);
    const values = [attemptId, known.personId, known.state, state, rowsOf(events)];
    try {
      const [{ stored }] = await this.db.once<{ stored: number }>({ statement: RECORD_ON_KNOWN_STATE, values });
      if (stored !== events.length) return null;
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return null;
      throw error;
    }
    return { stored: events.map((e) => e.id), duplicates: [], state, completed: false };
  }

  /**
   * The long way: two round trips, both statements prepared once per connection. The opening
   * locks the learner's own attempt and stores the batch (a known id is skipped, not an error);
   * the state update goes with the commit.
   */
  private recordInTransaction(
    attemptId: string,
    personId: string,
    events: ProgressEventInput[],
  ): Promise<{ recorded: RecordedProgress; attempt: Attempt }> {
    const opening = { statement: RECORD_EVENTS, values: [attemptId, personId, rowsOf(events)] };
    return this.db.brief(opening, async ([found]: (AttemptRow & { stored: string[] })[], em) => {
      if (!found) throw DomainError.notFound(ProblemCode.AttemptNotFound, `You have no attempt with id ${attemptId}.`);
      const attempt = attemptOf(found);
      const stored = new Set(found.stored);
      const fresh = events.filter((e) => stored.has(e.id));
      let closing: BriefStatement | undefined;
      if (fresh.length > 0 && !attempt.completedAt) {
        const version = await this.versions.get(attempt.moduleId, attempt.versionId);
        attempt.state = applyEvents(attempt.state, fresh, version.lessonIds);
        closing = { statement: UPDATE_STATE, values: [attempt.id, attempt.state] };
        if (fresh.some((e) => e.type === 'lesson-completed'))
          await this.completions.completeIfDone(em, attempt, version);
      }
      const recorded = {
        stored: [...stored],
        duplicates: events.filter((e) => !stored.has(e.id)).map((e) => e.id),
        state: attempt.state,
        completed: attempt.completedAt !== null,
      };
      return { result: { recorded, attempt }, closing };
    });
  }
}

/** PostgreSQL's unique_violation: an event id stored before. */
const UNIQUE_VIOLATION = '23505';

/** The events as progress_event rows, for jsonb_to_recordset. */
function rowsOf(events: ProgressEventInput[]) {
  return events.map((e) => ({
    id: e.id,
    type: e.type,
    occurred_at: e.occurredAt,
    data: { lessonId: e.lessonId, scroll: e.scroll, blockId: e.blockId, seconds: e.seconds },
  }));
}

/**
 * $1 the attempt, $2 its learner, $3 the state known, $4 the new state, $5 the events. The update
 * takes the attempt's row lock and checks the state on the row as it is then (a concurrent
 * writer's committed change included); only an attempt it updated gets the events.
 */
const RECORD_ON_KNOWN_STATE = preparedStatement(
  'record_progress_on_known_state',
  ['uuid', 'uuid', 'jsonb', 'jsonb', 'jsonb'],
  `WITH updated AS (
     UPDATE attempt SET state = $4, updated_at = now()
      WHERE id = $1 AND person_id = $2 AND completed_at IS NULL AND state = $3
     RETURNING tenant_id, id, person_id
   ), inserted AS (
     INSERT INTO progress_event (tenant_id, id, person_id, attempt_id, type, data, occurred_at)
     SELECT u.tenant_id, e.id, u.person_id, u.id, e.type, e.data, e.occurred_at
       FROM updated u, jsonb_to_recordset($5) AS e(id uuid, type text, data jsonb, occurred_at timestamptz)
     RETURNING id
   )
   SELECT count(*)::int AS stored FROM inserted`,
);

/** $1 the attempt, $2 its learner, $3 the events as a JSON array. */
const RECORD_EVENTS = preparedStatement(
  'record_progress_events',
  ['uuid', 'uuid', 'jsonb'],
  `WITH own AS (
     SELECT id, tenant_id, person_id, module_id, version_id, state, completed_at, started_at, updated_at
       FROM attempt WHERE id = $1 AND person_id = $2 FOR UPDATE
   ), inserted AS (
     INSERT INTO progress_event (tenant_id, id, person_id, attempt_id, type, data, occurred_at)
     SELECT own.tenant_id, e.id, own.person_id, own.id, e.type, e.data, e.occurred_at
       FROM own, jsonb_to_recordset($3) AS e(id uuid, type text, data jsonb, occurred_at timestamptz)
     ON CONFLICT (tenant_id, id) DO NOTHING RETURNING id
   )
   SELECT own.*, ARRAY(SELECT id::text FROM inserted) AS stored FROM own`,
);

/** $1 the attempt, $2 its new state. */
const UPDATE_STATE = preparedStatement(
  'update_attempt_state',
  ['uuid', 'jsonb'],
  `UPDATE attempt SET state = $2, updated_at = now() WHERE id = $1`,
);

interface AttemptRow {
  id: string;
  tenant_id: string;
  person_id: string;
  module_id: string;
  version_id: string;
  state: AttemptState;
  completed_at: Date | null;
  started_at: Date;
  updated_at: Date;
}

function attemptOf(row: AttemptRow): Attempt {
  return Object.assign(new Attempt(), {
    id: row.id,
    tenantId: row.tenant_id,
    personId: row.person_id,
    moduleId: row.module_id,
    versionId: row.version_id,
    state: row.state,
    completedAt: row.completed_at,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
  });
}

export type { Attempt };
