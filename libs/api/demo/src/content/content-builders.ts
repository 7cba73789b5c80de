import { createHash } from 'node:crypto';
import type { Lesson, LessonBlock, QuizBlock } from '@larnav/shared/catalog';

/**
 * Small builders for the demo modules' rich text (TipTap JSON) and quizzes. Ids are derived from
 * names, so every seed gives the same ids and a later seed can find what an earlier one wrote.
 */
export function contentId(name: string): string {
  const hex = createHash('sha1').update(`larnav-demo-content:${name}`).digest('hex');
  // Shaped as an RFC 9562 version 5 UUID.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

type Inline = string | { bold: string };
type Node = Record<string, unknown>;

const inline = (parts: Inline[]): Node[] =>
  parts.map((part) =>
    typeof part === 'string'
      ? { type: 'text', text: part }
      : { type: 'text', text: part.bold, marks: [{ type: 'bold' }] },
  );

export const p = (...parts: Inline[]): Node => ({ type: 'paragraph', content: inline(parts) });
export const h = (level: 2 | 3, text: string): Node => ({ type: 'heading', attrs: { level }, content: inline([text]) });
export const list = (...items: Inline[][]): Node => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [p(...item)] })),
});
export const quote = (text: string): Node => ({ type: 'blockquote', content: [p(text)] });

export function textBlock(name: string, ...content: Node[]): LessonBlock {
  return { id: contentId(name), type: 'text', doc: { type: 'doc', content } };
}

export function lesson(name: string, title: string, ...blocks: LessonBlock[]): Lesson {
  return { id: contentId(name), title, blocks };
}

export interface DemoQuestion {
  prompt: string;
  kind?: 'single' | 'multiple' | 'true-false';
  options: { text: string; correct?: boolean; feedback: string }[];
}

export function quiz(name: string, title: string, questions: DemoQuestion[], passMark = 80): QuizBlock {
  return {
    id: contentId(name),
    type: 'quiz',
    title,
    passMark,
    attemptLimit: 3,
    drawCount: null,
    questions: questions.map((question, q) => ({
      id: contentId(`${name}:q${q}`),
      kind: question.kind ?? 'single',
      prompt: question.prompt,
      options: question.options.map((option, o) => ({
        id: contentId(`${name}:q${q}:o${o}`),
        text: option.text,
        correct: option.correct === true,
        feedback: option.feedback,
      })),
    })),
  };
}

/** A demo module: what is written as its first, published version. */
export interface DemoModule {
  key: string;
  title: string;
  titleEn: string;
  summary: string;
  summaryEn: string;
  estimatedMinutes: number;
  tags: string[];
  lessons: Lesson[];
  /** Shared with the region's other municipalities. */
  shared: boolean;
}
