import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import type { QuizBlock } from '@larnav/shared/catalog';
import { CompletionService } from '../completion/completion.service';
import { Attempt } from '../entities/attempt.entity';
import { QuizSubmission } from '../entities/quiz-submission.entity';
import { LearnerQuestion, learnerQuestion, quizzesOf } from '../my-training/learner-view';
import { AttemptsService } from '../progress/attempts.service';
import { TakenVersion, VersionContent } from '../progress/version-content';
import { grade, questionsForTry } from './grading';

export interface QuizView {
  quizId: string;
  title: string;
  passMark: number;
  attemptLimit: number | null;
  triesUsed: number;
  passed: boolean;
  /** The questions of the next try; empty when passed or out of tries. */
  questions: LearnerQuestion[];
  lastResult: QuizResult | null;
}

export interface QuizResult {
  submissionId: string;
  tryNumber: number;
  score: number;
  passed: boolean;
  passMark: number;
  triesLeft: number | null;
  completed: boolean;
  questions: {
    questionId: string;
    prompt: string;
    correct: boolean;
    feedback: { optionId: string; text: string; feedback: string | null }[];
  }[];
}

/** Knowledge checks: the questions of a try, and grading on the server under the version's rules. */
@Injectable()
export class QuizService {
  constructor(
    private readonly db: TenantDb,
    private readonly attempts: AttemptsService,
    private readonly versions: VersionContent,
    private readonly completions: CompletionService,
  ) {}

  view(attemptId: string, quizId: string, actor: Actor): Promise<QuizView> {
    return this.db.transaction(async (em) => {
      const attempt = await this.attempts.own(em, attemptId, actor);
      const version = await this.versions.get(attempt.moduleId, attempt.versionId);
      const quiz = quizOf(version, quizId);
      const tries = await em.find(QuizSubmission, { where: { attemptId, quizId }, order: { tryNumber: 'ASC' } });
      const passed = tries.some((t) => t.passed);
      const outOfTries = quiz.attemptLimit !== null && tries.length >= quiz.attemptLimit;
      const last = tries.at(-1);
      return {
        quizId,
        title: quiz.title,
        passMark: quiz.passMark,
        attemptLimit: quiz.attemptLimit,
        triesUsed: tries.length,
        passed,
        questions: passed || outOfTries ? [] : questionsForTry(quiz, attemptId, tries.length + 1).map(learnerQuestion),
        lastResult: last ? result(quiz, last, attempt, tries.length) : null,
      };
    });
  }

  /** Idempotent by the submission's id: a resend gets the stored result, not a second try. */
  submit(
    attemptId: string,
    quizId: string,
    submission: { id: string; answers: { questionId: string; optionIds: string[] }[] },
    actor: Actor,
  ): Promise<QuizResult> {
    return this.db.transaction(async (em) => {
      const attempt = await this.attempts.own(em, attemptId, actor, true);
      const version = await this.versions.get(attempt.moduleId, attempt.versionId);
      const quiz = quizOf(version, quizId);
      const tries = await em.find(QuizSubmission, { where: { attemptId, quizId }, order: { tryNumber: 'ASC' } });
      const again = tries.find((t) => t.id === submission.id);
      if (again) return result(quiz, again, attempt, tries.length);
      if (tries.some((t) => t.passed)) {
        throw DomainError.unprocessable(ProblemCode.QuizAlreadyPassed, 'You have already passed this knowledge check.');
      }
      if (quiz.attemptLimit !== null && tries.length >= quiz.attemptLimit) {
        throw DomainError.unprocessable(
          ProblemCode.QuizTriesUsed,
          `You have used all ${quiz.attemptLimit} tries. Ask your trainer for a new chance.`,
        );
      }
      const tryNumber = tries.length + 1;
      const asked = questionsForTry(quiz, attemptId, tryNumber);
      const graded = grade(quiz, asked, new Map(submission.answers.map((a) => [a.questionId, a.optionIds])));
      const stored = await this.store(em, attempt, quizId, submission.id, tryNumber, graded);
      await this.completions.completeIfDone(em, attempt, version);
      return result(quiz, stored, attempt, tryNumber);
    });
  }

  private async store(
    em: EntityManager,
    attempt: Attempt,
    quizId: string,
    id: string,
    tryNumber: number,
    graded: ReturnType<typeof grade>,
  ): Promise<QuizSubmission> {
    const submission = em.create(QuizSubmission, {
      id,
      tenantId: attempt.tenantId,
      personId: attempt.personId,
      attemptId: attempt.id,
      quizId,
      tryNumber,
      results: graded.results,
      score: graded.score,
      passed: graded.passed,
    });
    await em.insert(QuizSubmission, submission);
    return submission;
  }
}

function quizOf(version: TakenVersion, quizId: string): QuizBlock {
  const quiz = quizzesOf(version.lessons).find((q) => q.id === quizId);
  if (!quiz) throw DomainError.notFound(ProblemCode.NotFound, `The module has no knowledge check with id ${quizId}.`);
  return quiz;
}

/** The result as the learner reads it: each question right or not, and the feedback of what they chose. */
function result(quiz: QuizBlock, submission: QuizSubmission, attempt: Attempt, triesUsed: number): QuizResult {
  return {
    submissionId: submission.id,
    tryNumber: submission.tryNumber,
    score: submission.score,
    passed: submission.passed,
    passMark: quiz.passMark,
    triesLeft: quiz.attemptLimit === null ? null : Math.max(0, quiz.attemptLimit - triesUsed),
    completed: attempt.completedAt !== null,
    questions: submission.results.map((r) => {
      const question = quiz.questions.find((q) => q.id === r.questionId);
      return {
        questionId: r.questionId,
        prompt: question?.prompt ?? '',
        correct: r.correct,
        feedback: (question?.options ?? [])
          .filter((o) => r.chosen.includes(o.id))
          .map((o) => ({ optionId: o.id, text: o.text, feedback: o.feedback ?? null })),
      };
    }),
  };
}
