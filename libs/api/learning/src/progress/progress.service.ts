import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@larnav/api/common';
import { BriefStatement, TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import type { AttemptState } from '../entities/attempt.entity';
import { Attempt } from '../entities/attempt.entity';
import { CompletionService } from '../completion/completion.service';
import { learner } from './attempts.service';
import { applyEvents, ProgressEventInput } from '@larnav/shared/learning';
import { TakenVersion, VersionContent } from './version-content';
import { EventRow, LOCK_AND_RECORD, PositionsRow, RECORD_POSITIONS, UPDATE_STATE } from './progress.statements';

export interface RecordedProgress {
  /** Events stored now. */
  stored: string[];
  /** Events already stored before: a resend, changing nothing. */
  duplicates: string[];
  state: AttemptState;
  completed: boolean;
}

/** Attempts whose version this process has seen: an attempt's version never changes. */
const KNOWN_ATTEMPTS = 10_000;

/**
 * Records what the browser sent, each event exactly once, and brings the attempt's state and
 * completion up to date, in one transaction. Events of one attempt queue on its row lock.
 *
 * Every learner's every scroll comes here (issue 8), so a batch of positions for an attempt
 * whose version is known here is one statement in one round trip, its state applied by the
 * database (`progress_state`, held to `applyEvents` by a property test). A batch that completes
 * a lesson, or the first for an attempt, locks the attempt and decides here, in two round trips.
 */
@Injectable()
export class ProgressService {
  private readonly knownAttempts = new Map<string, { moduleId: string; versionId: string }>();

  constructor(
    private readonly db: TenantDb,
    private readonly versions: VersionContent,
    private readonly completions: CompletionService,
  ) {}

  async record(attemptId: string, events: ProgressEventInput[], actor: Actor): Promise<RecordedProgress> {
    const personId = learner(actor);
    const known = this.knownAttempts.get(attemptId);
    if (known && !events.some((e) => e.type === 'lesson-completed')) {
      const version = await this.versions.get(known.moduleId, known.versionId);
      return this.recordPositions(attemptId, personId, events, version);
    }
    const recorded = await this.lockAndRecord(attemptId, personId, events);
    if (this.knownAttempts.size >= KNOWN_ATTEMPTS)
      this.knownAttempts.delete(this.knownAttempts.keys().next().value as string);
    this.knownAttempts.set(attemptId, recorded.version);
    return recorded.result;
  }

  private async recordPositions(
    attemptId: string,
    personId: string,
    events: ProgressEventInput[],
    version: TakenVersion,
  ): Promise<RecordedProgress> {
    const applicable = events.filter((e) => version.lessonIds.has(e.lessonId));
    const [found] = await this.db.writeOnce<PositionsRow>({
      statement: RECORD_POSITIONS,
      values: [attemptId, personId, eventRows(events), applicable, version.id],
    });
    if (!found) throw DomainError.notFound(ProblemCode.AttemptNotFound, `You have no attempt with id ${attemptId}.`);
    if (found.version_id !== version.id) throw new Error(`Attempt ${attemptId} changed version`);
    const stored = new Set(found.stored);
    return {
      stored: [...stored],
      duplicates: events.filter((e) => !stored.has(e.id)).map((e) => e.id),
      state: found.state,
      completed: found.completed_at !== null,
    };
  }

  private lockAndRecord(
    attemptId: string,
    personId: string,
    events: ProgressEventInput[],
  ): Promise<{ result: RecordedProgress; version: { moduleId: string; versionId: string } }> {
    const opening = { statement: LOCK_AND_RECORD, values: [attemptId, personId, eventRows(events)] };
    return this.db.brief<
      { result: RecordedProgress; version: { moduleId: string; versionId: string } },
      AttemptRow & { stored: string[] }
    >(opening, async ([found], em) => {
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
      const result = {
        stored: [...stored],
        duplicates: events.filter((e) => !stored.has(e.id)).map((e) => e.id),
        state: attempt.state,
        completed: attempt.completedAt !== null,
      };
      return { result: { result, version: { moduleId: attempt.moduleId, versionId: attempt.versionId } }, closing };
    });
  }
}

function eventRows(events: ProgressEventInput[]): EventRow[] {
  return events.map((e) => ({
    id: e.id,
    type: e.type,
    occurred_at: e.occurredAt,
    data: { lessonId: e.lessonId, scroll: e.scroll, blockId: e.blockId, seconds: e.seconds },
  }));
}

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
