import type { Lesson, LessonBlock, QuizBlock, QuizQuestion } from '@larnav/shared/catalog';

/** A knowledge check as the lesson shows it before it starts: what it is, not its answers. */
export interface QuizSummaryBlock {
  id: string;
  type: 'quiz';
  title: string;
  passMark: number;
  attemptLimit: number | null;
  questionCount: number;
}

export type LearnerBlock = Exclude<LessonBlock, QuizBlock> | QuizSummaryBlock;

export interface LearnerLesson {
  id: string;
  title: string;
  blocks: LearnerBlock[];
}

/** Questions without which options are right or what they say back: that comes after answering. */
export interface LearnerQuestion {
  id: string;
  kind: QuizQuestion['kind'];
  prompt: string;
  options: { id: string; text: string }[];
}

export function learnerLessons(lessons: Lesson[]): LearnerLesson[] {
  return lessons.map((lesson) => ({
    id: lesson.id,
    title: lesson.title,
    blocks: lesson.blocks.map((block) =>
      block.type === 'quiz'
        ? {
            id: block.id,
            type: 'quiz' as const,
            title: block.title,
            passMark: block.passMark,
            attemptLimit: block.attemptLimit,
            questionCount: block.drawCount ?? block.questions.length,
          }
        : block,
    ),
  }));
}

export function learnerQuestion(question: QuizQuestion): LearnerQuestion {
  return {
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    options: question.options.map((option) => ({ id: option.id, text: option.text })),
  };
}

export function quizzesOf(lessons: Lesson[]): QuizBlock[] {
  return lessons.flatMap((lesson) => lesson.blocks.filter((block): block is QuizBlock => block.type === 'quiz'));
}
