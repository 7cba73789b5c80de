import type { QuizBlock } from '@larnav/shared/catalog';
import { grade, questionsForTry } from './grading';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const quiz: QuizBlock = {
  id: id(1),
  type: 'quiz',
  title: 'Kontroll',
  passMark: 60,
  attemptLimit: 2,
  drawCount: null,
  questions: [1, 2, 3, 4, 5].map((q) => ({
    id: id(10 + q),
    kind: q === 5 ? 'multiple' : 'single',
    prompt: `Fråga ${q}`,
    options: [
      { id: id(100 + q * 10), text: 'Rätt', correct: true },
      { id: id(101 + q * 10), text: 'Fel', correct: false },
      { id: id(102 + q * 10), text: q === 5 ? 'Också rätt' : 'Fel igen', correct: q === 5 },
    ],
  })),
};

describe('grading a knowledge check', () => {
  it('counts a question right only when exactly the correct options are chosen', () => {
    const answers = new Map<string, string[]>([
      [id(11), [id(110)]],
      [id(12), [id(121)]],
      [id(13), [id(130), id(131)]],
      [id(15), [id(150), id(152)]],
      ['not-a-question', [id(110)]],
    ]);
    const result = grade(quiz, quiz.questions, answers);
    expect(result.results.map((r) => r.correct)).toEqual([true, false, false, false, true]);
    expect(result).toMatchObject({ score: 40, passed: false });
  });

  it('passes at the pass mark, and ignores options from other questions', () => {
    const answers = new Map(quiz.questions.slice(0, 3).map((q) => [q.id, [q.options[0].id, id(999)]]));
    expect(grade(quiz, quiz.questions, answers)).toMatchObject({ score: 60, passed: true });
  });

  it('draws the same questions for the same try, and other ones for another try', () => {
    const pool = { ...quiz, drawCount: 2 };
    const first = questionsForTry(pool, 'attempt-a', 1).map((q) => q.id);
    expect(questionsForTry(pool, 'attempt-a', 1).map((q) => q.id)).toEqual(first);
    expect(first).toHaveLength(2);
    const tries = new Set(
      [1, 2, 3, 4, 5, 6].map((t) =>
        questionsForTry(pool, 'attempt-a', t)
          .map((q) => q.id)
          .join(),
      ),
    );
    expect(tries.size).toBeGreaterThan(1);
  });
});
