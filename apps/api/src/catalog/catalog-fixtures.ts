import { randomUUID } from 'node:crypto';
import type { Lesson } from '@larnav/shared/catalog';

/** Lessons as the editor would send them: ids made by the browser, rich text as TipTap JSON. */
export function paragraph(text: string) {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

export function textLesson(title: string, text: string): Lesson {
  return { id: randomUUID(), title, blocks: [{ id: randomUUID(), type: 'text', doc: paragraph(text) }] };
}

export function quizLesson(title: string): Lesson {
  const option = (text: string, correct: boolean) => ({
    id: randomUUID(),
    text,
    correct,
    feedback: `${text}: ${correct ? 'rätt' : 'fel'}`,
  });
  return {
    id: randomUUID(),
    title,
    blocks: [
      {
        id: randomUUID(),
        type: 'quiz',
        title: 'Kunskapskontroll',
        passMark: 80,
        attemptLimit: 3,
        drawCount: null,
        questions: [
          {
            id: randomUUID(),
            kind: 'single',
            prompt: 'Vem ska du ge ett besked till inom tidsfristen?',
            options: [option('Den sökande', true), option('Grannen', false)],
          },
          {
            id: randomUUID(),
            kind: 'true-false',
            prompt: 'Myndigheten ska ge service även till företagare.',
            options: [option('Sant', true), option('Falskt', false)],
          },
        ],
      },
    ],
  };
}

export const FRONT_MATTER = {
  title: 'Företagarperspektiv i myndighetsutövning',
  summary: 'Varför företagarens villkor spelar roll i bygglov och tillsyn.',
  language: 'sv',
  estimatedMinutes: 30,
} as const;
