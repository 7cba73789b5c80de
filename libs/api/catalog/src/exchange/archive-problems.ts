/** One thing wrong with an archive, at its place: a file, a lesson, a block. */
export interface ArchiveProblem {
  field: string;
  message: string;
}

/** Collects every problem rather than stopping at the first, so one round of fixes is enough. */
export class ArchiveProblems {
  readonly list: ArchiveProblem[] = [];

  add(field: string, message: string): void {
    this.list.push({ field, message });
  }

  get any(): boolean {
    return this.list.length > 0;
  }
}

/** `questions[0].options`, as a person reads a path into JSON. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * Where in module.json a lesson problem is, named as a trainer finds it:
 * `module.json: lessons[2] "Tillsyn" blocks[1] (quiz): questions[0].options`.
 */
export function lessonPlace(lessons: unknown, path: readonly PropertyKey[]): string {
  const [l, blocksKey, b, ...inBlock] = path;
  if (typeof l !== 'number') return `module.json: lessons${path.length ? `.${pathText(path)}` : ''}`;
  const lesson = Array.isArray(lessons) ? (lessons[l] as Record<string, unknown> | undefined) : undefined;
  let place = `module.json: lessons[${l}]${quotedTitle(lesson?.['title'])}`;
  if (blocksKey === 'blocks' && typeof b === 'number') {
    const blocks = lesson?.['blocks'];
    const block = Array.isArray(blocks) ? (blocks[b] as Record<string, unknown> | undefined) : undefined;
    const type = typeof block?.['type'] === 'string' ? ` (${String(block['type']).slice(0, 20)})` : '';
    place += ` blocks[${b}]${type}`;
    return inBlock.length ? `${place}: ${pathText(inBlock)}` : place;
  }
  const rest = path.slice(1);
  return rest.length ? `${place}: ${pathText(rest)}` : place;
}

function quotedTitle(title: unknown): string {
  if (typeof title !== 'string' || !title.trim()) return '';
  const trimmed = title.trim();
  return ` "${trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed}"`;
}
