import type { Lesson } from '@larnav/shared/catalog';
import { learnerLessons, learnerQuestion } from './learner-view';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('what a learner is sent', () => {
  const lessons: Lesson[] = [
    {
      id: id(1),
      title: 'Kontroll',
      blocks: [
        {
          id: id(2),
          type: 'quiz',
          title: 'Kunskapskontroll',
          passMark: 80,
          attemptLimit: 3,
          drawCount: 1,
          questions: [
            {
              id: id(3),
              kind: 'true-false',
              prompt: 'Sant?',
              options: [
                { id: id(4), text: 'Sant', correct: true, feedback: 'Rätt' },
                { id: id(5), text: 'Falskt', correct: false },
              ],
            },
            {
              id: id(6),
              kind: 'true-false',
              prompt: 'Falskt?',
              options: [
                { id: id(7), text: 'Sant', correct: false },
                { id: id(8), text: 'Falskt', correct: true },
              ],
            },
          ],
        },
      ],
    },
  ];

  it('never contains the right answers or their feedback', () => {
    const sent = JSON.stringify([
      learnerLessons(lessons),
      learnerQuestion(lessons[0].blocks[0].type === 'quiz' ? lessons[0].blocks[0].questions[0] : (null as never)),
    ]);
    expect(sent).not.toContain('correct');
    expect(sent).not.toContain('feedback');
    expect(sent).not.toContain('Falskt?');
    expect(learnerLessons(lessons)[0].blocks[0]).toMatchObject({ type: 'quiz', questionCount: 1, attemptLimit: 3 });
  });
});
