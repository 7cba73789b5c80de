import type { LessonBlock, QuizBlock } from '@larnav/shared/catalog';

/** A knowledge check as a lesson shows it before it starts (GET attempt): no questions, no answers. */
export interface QuizSummary {
  id: string;
  type: 'quiz';
  title: string;
  passMark: number;
  attemptLimit: number | null;
  questionCount: number;
}

export type LearnerBlock = Exclude<LessonBlock, QuizBlock> | QuizSummary;

/** A lesson as the attempt's `lessons` carry it (the OpenAPI document only says "object"). */
export interface LearnerLesson {
  id: string;
  title: string;
  blocks: LearnerBlock[];
}

export function lessonsOf(lessons: unknown[]): LearnerLesson[] {
  return lessons as LearnerLesson[];
}

export function newId(): string {
  return crypto.randomUUID();
}

export type BlockOf<Type extends LearnerBlock['type']> = Extract<LearnerBlock, { type: Type }>;
export type VideoBlock = BlockOf<'video'>;
