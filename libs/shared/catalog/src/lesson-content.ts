import { z } from 'zod';
import { validateRichText } from '@larnav/shared/rich-text';

/**
 * What a lesson holds, shared by the API (validation, storage as JSON) and the web (editor,
 * player). Blocks are a union by `type`, so new kinds (SCORM, xAPI/cmi5, a live session) are
 * new members, not new tables. Every id is made by the editor and kept across versions, so
 * "what changed" can be told lesson by lesson.
 */
export const CATALOG_LIMITS = {
  lessonsPerVersion: 100,
  blocksPerLesson: 50,
  questionsPerQuiz: 100,
  optionsPerQuestion: 10,
  titleLength: 200,
  summaryLength: 2000,
  plainTextLength: 2000,
  maxAttempts: 20,
} as const;

const id = z.uuid();
const title = z.string().trim().min(1).max(CATALOG_LIMITS.titleLength);
const plainText = (max: number = CATALOG_LIMITS.plainTextLength) => z.string().trim().min(1).max(max);

const richText = z.custom<Record<string, unknown>>((value) => validateRichText(value).ok, {
  message: 'is not rich text a lesson can show',
});

export const textBlockSchema = z.strictObject({ id, type: z.literal('text'), doc: richText });

/** An uploaded file, or a link to the municipality's own video service (hosts allowed per installation). */
export const videoBlockSchema = z.strictObject({
  id,
  type: z.literal('video'),
  title,
  mediaId: id.optional(),
  url: z
    .url({ protocol: /^https$/ })
    .max(2048)
    .optional(),
  /** What is said and shown, for people who cannot hear or see the video (WCAG 1.2). */
  transcript: z.string().trim().max(50_000).optional(),
});

/** Alt text is required: an image a screen reader cannot describe is refused. */
export const imageBlockSchema = z.strictObject({
  id,
  type: z.literal('image'),
  mediaId: id,
  alt: plainText(500),
  caption: z.string().trim().max(500).optional(),
});

export const fileBlockSchema = z.strictObject({ id, type: z.literal('file'), mediaId: id, label: title });

export const quizOptionSchema = z.strictObject({
  id,
  text: plainText(500),
  correct: z.boolean(),
  /** Shown when this option was chosen: why it is right, or what to think about. */
  feedback: z.string().trim().max(CATALOG_LIMITS.plainTextLength).optional(),
});

export const quizQuestionSchema = z
  .strictObject({
    id,
    kind: z.enum(['single', 'multiple', 'true-false']),
    prompt: plainText(),
    options: z.array(quizOptionSchema).min(2).max(CATALOG_LIMITS.optionsPerQuestion),
  })
  .superRefine((question, context) => {
    const correct = question.options.filter((o) => o.correct).length;
    if (question.kind !== 'multiple' && correct !== 1) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'must have exactly one correct option' });
    }
    if (question.kind === 'multiple' && correct < 1) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'must have at least one correct option' });
    }
    if (question.kind === 'true-false' && question.options.length !== 2) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'a true/false question has exactly two options' });
    }
  });

export const quizBlockSchema = z
  .strictObject({
    id,
    type: z.literal('quiz'),
    title,
    /** Share of questions to answer right to pass, in percent. */
    passMark: z.int().min(1).max(100),
    /** Null: as many attempts as the learner needs. */
    attemptLimit: z.int().min(1).max(CATALOG_LIMITS.maxAttempts).nullable(),
    /** Draw this many questions from the pool for each attempt; null: all of them. */
    drawCount: z.int().min(1).max(CATALOG_LIMITS.questionsPerQuiz).nullable(),
    questions: z.array(quizQuestionSchema).min(1).max(CATALOG_LIMITS.questionsPerQuiz),
  })
  .superRefine((quiz, context) => {
    if (quiz.drawCount !== null && quiz.drawCount > quiz.questions.length) {
      context.addIssue({
        code: 'custom',
        path: ['drawCount'],
        message: 'cannot draw more questions than the quiz has',
      });
    }
  });

export const lessonBlockSchema = z.discriminatedUnion('type', [
  textBlockSchema,
  videoBlockSchema,
  imageBlockSchema,
  fileBlockSchema,
  quizBlockSchema,
]);

export const lessonSchema = z.strictObject({
  id,
  title,
  blocks: z.array(lessonBlockSchema).max(CATALOG_LIMITS.blocksPerLesson),
});

export const lessonsSchema = z
  .array(lessonSchema)
  .max(CATALOG_LIMITS.lessonsPerVersion)
  .superRefine((lessons, context) => {
    const seen = new Set<string>();
    lessons.forEach((lesson, l) => {
      if (seen.has(lesson.id)) context.addIssue({ code: 'custom', path: [l, 'id'], message: 'is used by two lessons' });
      seen.add(lesson.id);
      lesson.blocks.forEach((block, b) => {
        if (block.type === 'video' && !block.mediaId === !block.url) {
          context.addIssue({
            code: 'custom',
            path: [l, 'blocks', b],
            message: 'a video is either an upload or a link',
          });
        }
      });
    });
  });

export type LessonBlock = z.infer<typeof lessonBlockSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type QuizBlock = z.infer<typeof quizBlockSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

/** The media a lesson list refers to: what a version needs stored, shared and exported with it. */
export function mediaIdsOf(lessons: Lesson[]): string[] {
  const ids = new Set<string>();
  for (const lesson of lessons) {
    for (const block of lesson.blocks) {
      if ('mediaId' in block && block.mediaId) ids.add(block.mediaId);
    }
  }
  return [...ids];
}
