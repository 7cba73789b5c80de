import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CompletionPart as Part } from '@larnav/shared/catalog';
import { Attempt } from '../entities/attempt.entity';
import { Certificate } from '../entities/certificate.entity';
import { Completion } from '../entities/completion.entity';
import { CompletionPart } from '../entities/completion-part.entity';
import { quizzesOf } from '../my-training/learner-view';
import { TakenVersion } from '../progress/version-content';
import { newCertificateCode } from './certificate-code';
import { judgeParts, PartsRule } from './required-parts';

/** How a completion was reached. */
export type CompletionMethod = 'e-learning' | 'live-session' | 'blended';

/** The version a part counts towards: what its certificate prints and which parts it requires. */
export type PartVersion = Pick<TakenVersion, 'id' | 'number' | 'title'> & PartsRule;

/** A part done by a person, recorded once per what did it (the attempt, the booking). */
export interface PartDone {
  tenantId: string;
  personId: string;
  moduleId: string;
  version: PartVersion;
  part: Part;
  sourceId: string;
  doneAt: Date;
  sessionStartsAt?: Date | null;
  score?: number | null;
}

/**
 * Decides, from what is recorded, whether a version is complete. The e-learning part is every
 * lesson gone through and every knowledge check passed under that version's rules, never what a
 * browser says; a live session is attendance marked. Every part goes through `recordPart`, the
 * one decision "is every required part done?", in the caller's transaction.
 */
@Injectable()
export class CompletionService {
  /** With the attempt row locked: records the e-learning part once all of it is done. */
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
    // The attempt's completedAt is the e-learning part done, whether or not the module is complete.
    const completedAt = new Date();
    attempt.completedAt = completedAt;
    await em.update(Attempt, { id: attempt.id }, { completedAt });
    return this.recordPart(em, {
      tenantId: attempt.tenantId,
      personId: attempt.personId,
      moduleId: attempt.moduleId,
      version,
      part: Part.ELearning,
      sourceId: attempt.id,
      doneAt: completedAt,
      score,
    });
  }

  /**
   * Records a part done and, when it was the last one the version requires, the Completion with
   * its certificate: exactly once, whichever part comes last. Parts of one person and version
   * queue on a transaction lock, so two parts finishing at the same moment in two transactions
   * cannot each miss the other (the unique index on completion keeps it to one as well).
   */
  async recordPart(em: EntityManager, done: PartDone): Promise<Completion | null> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('completion:' || $1::text || ':' || $2::text))`, [
      done.personId,
      done.version.id,
    ]);
    await em.query(
      `INSERT INTO completion_part (tenant_id, person_id, module_id, version_id, part, source_id, done_at, session_starts_at, score)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (tenant_id, person_id, version_id, part, source_id) DO NOTHING`,
      [
        done.tenantId,
        done.personId,
        done.moduleId,
        done.version.id,
        done.part,
        done.sourceId,
        done.doneAt,
        done.sessionStartsAt ?? null,
        done.score ?? null,
      ],
    );
    const existing = await em.findOneBy(Completion, { personId: done.personId, versionId: done.version.id });
    if (existing) return existing;
    const parts = await em.findBy(CompletionPart, { personId: done.personId, versionId: done.version.id });
    const judged = judgeParts(done.version, parts);
    if (!judged.complete || !judged.completedAt || !judged.method) return null;
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, score, method)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, person_id, module_id, version_id) DO NOTHING RETURNING id`,
      [done.tenantId, done.personId, done.moduleId, done.version.id, judged.completedAt, judged.score, judged.method],
    );
    const completion = await em.findOneByOrFail(Completion, { personId: done.personId, versionId: done.version.id });
    if (inserted.length > 0) await this.issueCertificate(em, completion, done.version);
    return completion;
  }

  /**
   * The version whose e-learning this person finished and which still waits for its session
   * (no completion yet), if any: an attended session counts towards it rather than towards a
   * version published since. Only this municipality's own versions are readable here; for a
   * shared module the caller keeps the published version.
   */
  async versionAwaitingSession(em: EntityManager, personId: string, moduleId: string): Promise<PartVersion | null> {
    const [row]: (PartVersion & { id: string })[] = await em.query(
      `SELECT v.id, v.number, v.title, v.completion_requirement AS "completionRequirement", v.part_order AS "partOrder"
         FROM attempt a JOIN module_version v ON v.id = a.version_id
        WHERE a.person_id = $1 AND a.module_id = $2 AND a.completed_at IS NOT NULL
          AND v.completion_requirement IN ('both', 'live-session')
          AND NOT EXISTS (SELECT 1 FROM completion c WHERE c.person_id = a.person_id AND c.version_id = a.version_id)
        ORDER BY a.completed_at DESC LIMIT 1`,
      [personId, moduleId],
    );
    return row ?? null;
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
