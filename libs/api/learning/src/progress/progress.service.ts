import { Injectable } from '@nestjs/common';
import { Actor } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import type { AttemptState } from '../entities/attempt.entity';
import { Attempt } from '../entities/attempt.entity';
import { CompletionService } from '../completion/completion.service';
import { AttemptsService } from './attempts.service';
import { applyEvents, ProgressEventInput } from './progress-events';
import { VersionContent } from './version-content';

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
    private readonly attempts: AttemptsService,
    private readonly versions: VersionContent,
    private readonly completions: CompletionService,
  ) {}

  record(attemptId: string, events: ProgressEventInput[], actor: Actor): Promise<RecordedProgress> {
    return this.db.transaction(async (em) => {
      const attempt = await this.attempts.own(em, attemptId, actor, true);
      const rows = events.map((e) => ({
        id: e.id,
        type: e.type,
        occurred_at: e.occurredAt,
        data: { lessonId: e.lessonId, scroll: e.scroll, blockId: e.blockId, seconds: e.seconds },
      }));
      // One statement for the whole batch; a known id is skipped, not an error.
      const inserted: { id: string }[] = await em.query(
        `INSERT INTO progress_event (tenant_id, id, person_id, attempt_id, type, data, occurred_at)
         SELECT $1, e.id, $2, $3, e.type, e.data, e.occurred_at
           FROM jsonb_to_recordset($4::jsonb) AS e(id uuid, type text, data jsonb, occurred_at timestamptz)
         ON CONFLICT (tenant_id, id) DO NOTHING RETURNING id`,
        [attempt.tenantId, attempt.personId, attempt.id, JSON.stringify(rows)],
      );
      const stored = new Set(inserted.map((r) => r.id));
      const fresh = events.filter((e) => stored.has(e.id));
      if (fresh.length > 0 && !attempt.completedAt) {
        const version = await this.versions.get(attempt.moduleId, attempt.versionId);
        attempt.state = applyEvents(attempt.state, fresh, version.lessonIds);
        await em.update(Attempt, { id: attempt.id }, { state: attempt.state });
        if (fresh.some((e) => e.type === 'lesson-completed'))
          await this.completions.completeIfDone(em, attempt, version);
      }
      return {
        stored: [...stored],
        duplicates: events.filter((e) => !stored.has(e.id)).map((e) => e.id),
        state: attempt.state,
        completed: attempt.completedAt !== null,
      };
    });
  }
}

export type { Attempt };
