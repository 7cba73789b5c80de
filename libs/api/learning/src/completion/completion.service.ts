import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Attempt } from '../entities/attempt.entity';
import { Certificate } from '../entities/certificate.entity';
import { Completion } from '../entities/completion.entity';
import { quizzesOf } from '../my-training/learner-view';
import { TakenVersion } from '../progress/version-content';
import { newCertificateCode } from './certificate-code';

/** How a completion was reached. */
export type CompletionMethod = 'e-learning' | 'live-session';

/**
 * Decides, from what is recorded, whether a version is complete: every lesson gone through and
 * every knowledge check passed under that version's rules. Never from what a browser says.
 * Runs inside the caller's transaction, with the attempt row locked.
 */
@Injectable()
export class CompletionService {
  async completeIfDone(em: EntityManager, attempt: Attempt, version: TakenVersion): Promise<Completion | null> {
    if (attempt.completedAt)
      return em.findOneBy(Completion, { personId: attempt.personId, versionId: attempt.versionId });
    if (!version.lessons.every((lesson) => attempt.state.lessonsDone.includes(lesson.id))) return null;
    const quizzes = quizzesOf(version.lessons);
    const passed: { quiz_id: string; best: number }[] = quizzes.length
      ? await em.query(
          `SELECT quiz_id, max(score)::int AS best FROM quiz_submission WHERE attempt_id = $1 AND passed GROUP BY quiz_id`,
          [attempt.id],
        )
      : [];
    if (!quizzes.every((quiz) => passed.some((p) => p.quiz_id === quiz.id))) return null;

    const score = passed.length ? Math.min(...passed.map((p) => p.best)) : null;
    const completedAt = new Date();
    // The unique index makes a second finisher (another tab) insert nothing.
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, score, method)
       VALUES ($1, $2, $3, $4, $5, $6, 'e-learning')
       ON CONFLICT (tenant_id, person_id, module_id, version_id) DO NOTHING RETURNING id`,
      [attempt.tenantId, attempt.personId, attempt.moduleId, attempt.versionId, completedAt, score],
    );
    attempt.completedAt = completedAt;
    await em.update(Attempt, { id: attempt.id }, { completedAt });
    const completion = await em.findOneByOrFail(Completion, {
      personId: attempt.personId,
      versionId: attempt.versionId,
    });
    if (inserted.length > 0) await this.issueCertificate(em, completion, version);
    return completion;
  }

  /**
   * A completion reached another way than e-learning, e.g. a live session attended: recorded
   * once per person and version like any other (a second call finds the first), with its
   * certificate. In the caller's transaction.
   */
  async recordCompletion(
    em: EntityManager,
    input: {
      tenantId: string;
      personId: string;
      moduleId: string;
      version: Pick<TakenVersion, 'id' | 'number' | 'title'>;
      completedAt: Date;
      method: CompletionMethod;
    },
  ): Promise<Completion> {
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, score, method)
       VALUES ($1, $2, $3, $4, $5, NULL, $6)
       ON CONFLICT (tenant_id, person_id, module_id, version_id) DO NOTHING RETURNING id`,
      [input.tenantId, input.personId, input.moduleId, input.version.id, input.completedAt, input.method],
    );
    const completion = await em.findOneByOrFail(Completion, { personId: input.personId, versionId: input.version.id });
    if (inserted.length > 0) await this.issueCertificate(em, completion, input.version);
    return completion;
  }

  private async issueCertificate(
    em: EntityManager,
    completion: Completion,
    version: Pick<TakenVersion, 'number' | 'title'>,
  ): Promise<void> {
    const [{ person_name, municipality_name }] = await em.query(
      `SELECT p.name AS person_name, t.name AS municipality_name
         FROM person p JOIN tenant t ON t.id = p.tenant_id WHERE p.id = $1`,
      [completion.personId],
    );
    await em.insert(Certificate, {
      tenantId: completion.tenantId,
      completionId: completion.id,
      personId: completion.personId,
      code: newCertificateCode(),
      personName: person_name,
      moduleTitle: version.title,
      versionNumber: version.number,
      municipalityName: municipality_name,
      completedAt: completion.completedAt,
      expiresAt: completion.expiresAt,
    });
  }
}
