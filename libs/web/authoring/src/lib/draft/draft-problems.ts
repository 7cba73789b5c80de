import { lessonsSchema } from '@larnav/shared/catalog';
import type { DraftContent } from './draft-content';

/** A translation key in the authoring namespace and its values. */
export interface DraftProblem {
  key: string;
  values?: Record<string, unknown>;
}

/**
 * Problems by place: `<id>.<field>` of the nearest lesson, block, question or option with an
 * id (so a problem stays beside its field when lessons move), or `module.<field>`.
 */
export type DraftProblems = Map<string, DraftProblem>;

const CUSTOM_MESSAGES: Record<string, string> = {
  'must have exactly one correct option': 'problems.exactlyOneCorrect',
  'must have at least one correct option': 'problems.atLeastOneCorrect',
  'a true/false question has exactly two options': 'problems.twoOptions',
  'cannot draw more questions than the quiz has': 'problems.drawTooMany',
  'a video is either an upload or a link': 'problems.videoSource',
  'is not rich text a lesson can show': 'problems.richText',
  'is used by two lessons': 'problems.invalid',
};

/** What keeps the draft from being saved, checked by the same zod schema the API uses. */
export function draftProblems(content: DraftContent): DraftProblems {
  const problems: DraftProblems = new Map();
  if (!content.title.trim()) problems.set('module.title', { key: 'problems.required' });
  else if (content.title.trim().length > 200)
    problems.set('module.title', { key: 'problems.tooLong', values: { max: 200 } });
  if (content.summary.trim().length > 2000)
    problems.set('module.summary', { key: 'problems.tooLong', values: { max: 2000 } });
  const minutes = content.estimatedMinutes;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 600)
    problems.set('module.estimatedMinutes', { key: 'problems.minutes' });

  const result = lessonsSchema.safeParse(content.lessons);
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const place = placeOf(content.lessons, issue.path);
    if (!problems.has(place)) problems.set(place, problemOf(issue, place));
  }
  return problems;
}

interface Issue {
  code: string;
  message: string;
  path: PropertyKey[];
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

function problemOf(issue: Issue, place: string): DraftProblem {
  if (issue.code === 'custom') return { key: CUSTOM_MESSAGES[issue.message] ?? 'problems.invalid' };
  if (place.endsWith('.mediaId')) return { key: 'problems.uploadMissing' };
  if (issue.code === 'invalid_format' && issue.format === 'url') return { key: 'problems.httpsUrl' };
  if (issue.code === 'too_small' && issue.origin === 'string') return { key: 'problems.required' };
  if (issue.code === 'too_small' && issue.origin === 'array')
    return { key: 'problems.tooFew', values: { min: Number(issue.minimum) } };
  if (issue.code === 'too_big' && issue.origin === 'string')
    return { key: 'problems.tooLong', values: { max: Number(issue.maximum) } };
  if (issue.code === 'too_big' && issue.origin === 'array')
    return { key: 'problems.tooMany', values: { max: Number(issue.maximum) } };
  if (issue.code === 'too_small' || issue.code === 'too_big') return { key: 'problems.outOfRange' };
  return { key: 'problems.invalid' };
}

function placeOf(lessons: unknown, path: PropertyKey[]): string {
  let node: unknown = lessons;
  let parts: string[] = [];
  for (const segment of path) {
    node = (node as Record<PropertyKey, unknown> | undefined)?.[segment as never];
    const id = typeof segment === 'number' ? (node as { id?: unknown } | undefined)?.id : undefined;
    if (typeof id === 'string' && id) parts = [id];
    else parts.push(String(segment));
  }
  return parts.join('.');
}
