import type { QuizBlock, QuizQuestion } from '@larnav/shared/catalog';
import { seededRandom } from './seeded-draw';
import type { QuestionResult } from '../entities/quiz-submission.entity';

/**
 * The questions of one try: all of them, or `drawCount` drawn from the pool. Drawn from a seed
 * (attempt, quiz, try), so the server knows which were asked without storing them and the
 * learner sees the same questions after a reload.
 */
export function questionsForTry(quiz: QuizBlock, attemptId: string, tryNumber: number): QuizQuestion[] {
  if (quiz.drawCount === null || quiz.drawCount >= quiz.questions.length) return quiz.questions;
  const random = seededRandom(`${attemptId}:${quiz.id}:${tryNumber}`);
  const pool = [...quiz.questions];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, quiz.drawCount);
}

export interface Grade {
  results: QuestionResult[];
  score: number;
  passed: boolean;
}

/** Right means exactly the correct options chosen; the score is the share of right answers. */
export function grade(quiz: QuizBlock, asked: QuizQuestion[], answers: Map<string, string[]>): Grade {
  const results = asked.map((question) => {
    const chosen = [...new Set(answers.get(question.id) ?? [])].filter((id) =>
      question.options.some((o) => o.id === id),
    );
    const correct = question.options.filter((o) => o.correct).map((o) => o.id);
    const right = chosen.length === correct.length && correct.every((id) => chosen.includes(id));
    return { questionId: question.id, chosen, correct: right };
  });
  const score = Math.round((100 * results.filter((r) => r.correct).length) / Math.max(1, results.length));
  return { results, score, passed: score >= quiz.passMark };
}
