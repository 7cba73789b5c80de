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

interface Sends {
  post(path: string): { send(body: object): { expect(status: number): PromiseLike<{ body: { id?: string } }> } } & {
    expect(status: number): PromiseLike<{ body: { revision: number } }>;
  };
  put(path: string): { send(body: object): { expect(status: number): PromiseLike<unknown> } };
}

/** A module with these lessons, its first version published, as a trainer makes it. Its id. */
export async function publishModule(trainer: Sends, lessons: Lesson[]): Promise<string> {
  const moduleId = (await trainer.post('/api/catalog/modules').send(FRONT_MATTER).expect(201)).body.id as string;
  const draft = (await trainer.post(`/api/catalog/modules/${moduleId}/draft`).expect(200)).body;
  await trainer
    .put(`/api/catalog/modules/${moduleId}/draft`)
    .send({ ...FRONT_MATTER, revision: draft.revision, lessons })
    .expect(200);
  await trainer
    .post(`/api/catalog/modules/${moduleId}/draft/publish`)
    .send({ changeNote: 'v1', significance: 'significant', revision: draft.revision + 1 })
    .expect(200);
  return moduleId;
}
