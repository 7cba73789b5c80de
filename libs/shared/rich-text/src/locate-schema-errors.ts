import { Mark, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { RichTextError } from './rich-text-types';
import { joinPath } from './json-path';

/** What each container must hold, in words, for when it holds too little. */
const MUST_CONTAIN: Record<string, string> = {
  doc: 'at least one paragraph, heading, list, quote or line',
  listItem: 'a paragraph first',
  bulletList: 'at least one list item',
  orderedList: 'at least one list item',
  blockquote: 'at least one paragraph',
};

/**
 * Finds where ProseMirror's `check()` failed (it says only what, not where): the first child a
 * node may not hold, a node left incomplete, formatting where it cannot be or given twice.
 */
export function locateSchemaErrors(node: ProseMirrorNode, path = ''): RichTextError[] {
  const errors: RichTextError[] = [];
  let match: ReturnType<typeof node.type.contentMatch.matchType> = node.type.contentMatch;
  node.content.forEach((child, _offset, index) => {
    const at = joinPath(path, `content[${index}]`);
    const next = match?.matchType(child.type);
    if (match && !next)
      errors.push({ path: at, message: `${child.type.name} is not allowed here inside ${node.type.name}.` });
    match = next ?? null;
    if (!node.type.allowsMarks(child.marks)) {
      errors.push({
        path: joinPath(at, 'marks'),
        message: `Formatting is only allowed on text, not on ${child.type.name}.`,
      });
    } else if (!Mark.sameSet(Mark.setFrom(dedupe(child.marks)), child.marks)) {
      errors.push({ path: joinPath(at, 'marks'), message: 'The same formatting is given twice; keep one.' });
    }
    errors.push(...locateSchemaErrors(child, at));
  });
  if (match && !match.validEnd) {
    errors.push({ path, message: `${node.type.name} must contain ${MUST_CONTAIN[node.type.name] ?? 'more'}.` });
  }
  return errors;
}

function dedupe(marks: readonly Mark[]): readonly Mark[] {
  return marks.reduce<readonly Mark[]>((set, mark) => mark.addToSet(set), Mark.none);
}
