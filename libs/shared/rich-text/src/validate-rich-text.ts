import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { forbiddenCharacterIn } from './control-characters';
import { RICH_TEXT_LIMITS } from './rich-text-limits';
import { RICH_TEXT_ATTRIBUTES, RICH_TEXT_MARKS, RICH_TEXT_NODES, richTextSchema } from './rich-text-schema';
import { locateSchemaErrors } from './locate-schema-errors';
import type { RichTextDoc, RichTextError, RichTextValidation } from './rich-text-types';
import { isPlainObject, joinPath, quoted } from './json-path';

const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const MARK_KEYS = new Set(['type', 'attrs']);
const NODE_NAMES = new Set<string>(RICH_TEXT_NODES);
const MARK_NAMES = new Set<string>(RICH_TEXT_MARKS);

/** One pass over untrusted JSON: shape, names, attributes, characters and limits, each with its path. */
class Inspection {
  readonly errors: RichTextError[] = [];
  private nodes = 0;
  private textLength = 0;
  private stopped = false;
  private tooDeep = false;

  report(path: string, message: string): void {
    if (this.errors.length < RICH_TEXT_LIMITS.maxErrors) this.errors.push({ path, message });
  }

  node(value: unknown, path: string, depth: number): void {
    if (this.stopped) return;
    if (!isPlainObject(value)) return this.report(path, 'Expected a piece of content (an object with a type).');
    if (++this.nodes > RICH_TEXT_LIMITS.maxNodes) {
      this.stopped = true;
      return this.report(
        path,
        `The text has too many parts: at most ${RICH_TEXT_LIMITS.maxNodes}. Split it into several lessons.`,
      );
    }
    if (depth > RICH_TEXT_LIMITS.maxDepth) {
      if (!this.tooDeep)
        this.report(path, `Lists and quotes are nested too deeply: at most ${RICH_TEXT_LIMITS.maxDepth} levels.`);
      this.tooDeep = true;
      return;
    }
    this.unknownKeys(value, NODE_KEYS, path);
    const type = value['type'];
    if (typeof type !== 'string' || !NODE_NAMES.has(type)) {
      return this.report(joinPath(path, 'type'), `${quoted(type)} is not a kind of content a lesson may have.`);
    }
    this.attrs(value['attrs'], type, joinPath(path, 'attrs'));
    if (type === 'text') this.text(value['text'], joinPath(path, 'text'));
    else if ('text' in value)
      this.report(joinPath(path, 'text'), `Only text may have "text"; ${type} holds its text in content.`);
    this.list(value['marks'], joinPath(path, 'marks'), (mark, at) => this.mark(mark, at));
    this.list(value['content'], joinPath(path, 'content'), (child, at) => this.node(child, at, depth + 1));
  }

  private list(value: unknown, path: string, each: (item: unknown, path: string) => void): void {
    if (value === undefined) return;
    if (!Array.isArray(value)) return this.report(path, 'Expected a list.');
    value.forEach((item, index) => each(item, `${path}[${index}]`));
  }

  private mark(value: unknown, path: string): void {
    if (!isPlainObject(value)) return this.report(path, 'Expected formatting (an object with a type).');
    this.unknownKeys(value, MARK_KEYS, path);
    const type = value['type'];
    if (typeof type !== 'string' || !MARK_NAMES.has(type)) {
      return this.report(
        joinPath(path, 'type'),
        `${quoted(type)} is not formatting a lesson may use (bold, italic, underline, link).`,
      );
    }
    this.attrs(value['attrs'], type, joinPath(path, 'attrs'));
  }

  private attrs(value: unknown, type: string, path: string): void {
    const rules = RICH_TEXT_ATTRIBUTES[type] ?? {};
    if (value !== undefined && !isPlainObject(value)) return this.report(path, 'Expected attributes as an object.');
    const attrs = value ?? {};
    for (const key of Object.keys(attrs)) {
      if (!Object.hasOwn(rules, key)) this.report(joinPath(path, key), `${quoted(key)} is not allowed on ${type}.`);
    }
    for (const [key, rule] of Object.entries(rules)) {
      const given = Object.hasOwn(attrs, key) ? attrs[key] : rule.default;
      const problem = rule.problem(given);
      if (problem) this.report(joinPath(path, key), problem);
    }
  }

  private text(value: unknown, path: string): void {
    if (typeof value !== 'string' || value.length === 0) return this.report(path, 'A text part must hold some text.');
    const forbidden = forbiddenCharacterIn(value);
    if (forbidden) this.report(path, `The text contains an invisible control character (${forbidden}); remove it.`);
    this.textLength += value.length;
    if (this.textLength > RICH_TEXT_LIMITS.maxTextLength) {
      this.stopped = true;
      this.report(path, `The text is too long: at most ${RICH_TEXT_LIMITS.maxTextLength} characters in one lesson.`);
    }
  }

  private unknownKeys(value: Record<string, unknown>, allowed: Set<string>, path: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.has(key)) this.report(joinPath(path, key), `${quoted(key)} is not allowed here.`);
    }
  }
}

/**
 * Checks a lesson's rich text from an untrusted source. Our pass refuses everything outside the
 * allowed nodes, marks and attributes with a path; then ProseMirror's own schema check decides
 * what may contain what. On success `doc` is ProseMirror's normalised JSON, the one to store.
 */
export function validateRichText(json: unknown): RichTextValidation {
  const inspection = new Inspection();
  if (isPlainObject(json) && json['type'] !== 'doc' && typeof json['type'] === 'string') {
    inspection.report('type', 'The text must be a whole document (type "doc").');
  }
  inspection.node(json, '', 1);
  if (!isPlainObject(json) || inspection.errors.length > 0) return { ok: false, errors: inspection.errors };

  let doc: ProseMirrorNode;
  try {
    doc = richTextSchema.nodeFromJSON(json);
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: (error as Error).message }] };
  }
  try {
    doc.check();
  } catch (error) {
    const located = locateSchemaErrors(doc).slice(0, RICH_TEXT_LIMITS.maxErrors);
    return { ok: false, errors: located.length ? located : [{ path: '', message: (error as Error).message }] };
  }
  return { ok: true, doc: doc.toJSON() as RichTextDoc };
}
