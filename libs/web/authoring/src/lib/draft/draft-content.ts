import type { SaveDraftInput, VersionContent } from '@larnav/web/api-client';
import type { Lesson, LessonBlock, QuizBlock, QuizQuestion } from '@larnav/shared/catalog';
import type { CompletionRequirement, ModuleLanguage, PartOrder } from '@larnav/shared/catalog';

/** Everything a draft save sends except its revision: what the editor edits. */
export interface DraftContent {
  title: string;
  summary: string;
  language: ModuleLanguage;
  estimatedMinutes: number;
  coverMediaId: string | null;
  lessons: Lesson[];
  /** Which parts complete the version (a blended module needs e-learning and a session) and their order. */
  completionRequirement: CompletionRequirement;
  partOrder: PartOrder;
}

export type BlockType = LessonBlock['type'];
type QuizOption = QuizQuestion['options'][number];

export function contentOf(version: VersionContent): DraftContent {
  return {
    title: version.title,
    summary: version.summary,
    language: version.language,
    estimatedMinutes: version.estimatedMinutes,
    coverMediaId: version.coverMediaId,
    lessons: version.lessons as Lesson[],
    completionRequirement: version.completionRequirement,
    partOrder: version.partOrder,
  };
}

export function saveInputOf(content: DraftContent, revision: number): SaveDraftInput {
  return { ...content, revision, lessons: content.lessons as SaveDraftInput['lessons'] };
}

/** Ids are made here, in the editor, and kept across versions: "what changed" is told by them. */
const newId = () => crypto.randomUUID();

export function newLesson(title: string): Lesson {
  return { id: newId(), title, blocks: [] };
}

export function newOption(text = '', correct = false): QuizOption {
  return { id: newId(), text, correct };
}

export function newQuestion(kind: QuizQuestion['kind'] = 'single', trueFalse?: [string, string]): QuizQuestion {
  const options =
    kind === 'true-false' && trueFalse ? trueFalse.map((text) => newOption(text)) : [newOption(), newOption()];
  return { id: newId(), kind, prompt: '', options };
}

/**
 * A new block, empty where the trainer must fill something in: it does not pass the schema (and
 * is not autosaved) until they have, and the editor says what is missing.
 */
export function newBlock(type: BlockType, defaults: { quizTitle: string }): LessonBlock {
  const id = newId();
  switch (type) {
    case 'text':
      return { id, type, doc: { type: 'doc', content: [{ type: 'paragraph' }] } };
    case 'image':
      return { id, type, mediaId: '', alt: '' };
    case 'video':
      return { id, type, title: '' };
    case 'file':
      return { id, type, mediaId: '', label: '' };
    case 'quiz':
      return {
        id,
        type,
        title: defaults.quizTitle,
        passMark: 80,
        attemptLimit: null,
        drawCount: null,
        questions: [newQuestion()],
      } satisfies QuizBlock;
  }
}

/** `items` with the one at `from` moved to `to`. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

export function replaced<T extends { id: string }>(items: readonly T[], item: T): T[] {
  return items.map((current) => (current.id === item.id ? item : current));
}
