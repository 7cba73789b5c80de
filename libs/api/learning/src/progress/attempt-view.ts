import { Injectable } from '@nestjs/common';
import { Actor } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { AttemptResponse } from '../dto/attempt.dto';
import { learnerLessons, quizzesOf } from '../my-training/learner-view';
import { ModuleParts } from '../my-training/module-parts';
import { AttemptsService } from './attempts.service';
import { VersionContent } from './version-content';

/** Everything the player needs to open an attempt where the learner left it, in one answer. */
@Injectable()
export class AttemptView {
  constructor(
    private readonly db: TenantDb,
    private readonly attempts: AttemptsService,
    private readonly versions: VersionContent,
    private readonly parts: ModuleParts,
  ) {}

  async of(attemptId: string, actor: Actor): Promise<AttemptResponse> {
    const { attempt, tries, completion } = await this.db.transaction(async (em) => {
      const attempt = await this.attempts.own(em, attemptId, actor);
      const tries: { quiz_id: string; tries: number; passed: boolean; best: number | null }[] = await em.query(
        `SELECT quiz_id, count(*)::int AS tries, bool_or(passed) AS passed, max(score) FILTER (WHERE passed)::int AS best
           FROM quiz_submission WHERE attempt_id = $1 GROUP BY quiz_id`,
        [attemptId],
      );
      const [completion] = await em.query(
        `SELECT c.id, c.completed_at AS "completedAt", c.score, cert.id AS "certificateId"
           FROM completion c LEFT JOIN certificate cert ON cert.completion_id = c.id
          WHERE c.person_id = $1 AND c.version_id = $2`,
        [attempt.personId, attempt.versionId],
      );
      return { attempt, tries, completion: completion ?? null };
    });
    const version = await this.versions.get(attempt.moduleId, attempt.versionId);
    const current = await this.versions.current(attempt.moduleId).catch(() => version);
    const parts = await this.parts.of(attempt.personId, [
      { moduleId: attempt.moduleId, publishedVersionId: version.id, publishedRule: version, attemptVersionId: null },
    ]);
    return {
      id: attempt.id,
      moduleId: attempt.moduleId,
      versionId: attempt.versionId,
      versionNumber: version.number,
      title: version.title,
      titleEn: version.titleEn,
      lessons: learnerLessons(version.lessons),
      state: attempt.state,
      quizzes: quizzesOf(version.lessons).map((quiz) => {
        const done = tries.find((t) => t.quiz_id === quiz.id);
        return {
          quizId: quiz.id,
          triesUsed: done?.tries ?? 0,
          attemptLimit: quiz.attemptLimit,
          passed: done?.passed ?? false,
          bestScore: done?.best ?? null,
        };
      }),
      completion,
      parts: parts.get(attempt.moduleId) ?? null,
      newerVersion: current.id !== version.id,
    };
  }
}
