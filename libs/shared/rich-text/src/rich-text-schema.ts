import { type AttributeSpec, Schema } from '@tiptap/pm/model';
import { forbiddenCharacterIn } from './control-characters';
import { RICH_TEXT_LIMITS } from './rich-text-limits';
import { isSafeHref, LINK_PROTOCOLS } from './safe-href';

/** What a lesson's text may contain: nothing else passes the server or reaches a learner. */
export const RICH_TEXT_NODES = [
  'doc',
  'paragraph',
  'text',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'hardBreak',
  'horizontalRule',
] as const;
export type RichTextNodeName = (typeof RICH_TEXT_NODES)[number];

/** In TipTap's rank order (link has the higher priority there), so both schemas sort marks alike. */
export const RICH_TEXT_MARKS = ['link', 'bold', 'italic', 'underline'] as const;
export type RichTextMarkName = (typeof RICH_TEXT_MARKS)[number];

/** The lesson title is the page's h1, so its text starts at h2. */
export const HEADING_LEVELS = [2, 3, 4] as const;

/** One attribute's rule: null when the value is fine, else what is wrong, in words for a trainer. */
export interface AttributeRule {
  default?: unknown;
  problem: (value: unknown) => string | null;
}

const headingLevel: AttributeRule = {
  default: 2,
  problem: (value) =>
    HEADING_LEVELS.includes(value as 2 | 3 | 4)
      ? null
      : 'A heading must be level 2, 3 or 4 (the lesson title is level 1).',
};

const listStart: AttributeRule = {
  default: 1,
  problem: (value) =>
    Number.isInteger(value) && (value as number) >= 0 && (value as number) <= RICH_TEXT_LIMITS.maxOrderedListStart
      ? null
      : `A numbered list must start at a whole number from 0 to ${RICH_TEXT_LIMITS.maxOrderedListStart}.`,
};

const href: AttributeRule = {
  problem: (value) => {
    if (typeof value !== 'string' || value.trim() === '') return 'A link needs an address.';
    if (value !== value.trim()) return 'Remove the spaces at the start or end of the link address.';
    const forbidden = forbiddenCharacterIn(value);
    if (forbidden) return `The link address contains an invisible control character (${forbidden}); remove it.`;
    if (!isSafeHref(value))
      return `A link may only lead to an address starting with ${LINK_PROTOCOLS.map((p) => `${p}:`).join(', ')}.`;
    return null;
  },
};

/** Every attribute a node or mark may carry; any other (style, class, on*) is refused. */
export const RICH_TEXT_ATTRIBUTES: Record<string, Record<string, AttributeRule>> = {
  heading: { level: headingLevel },
  orderedList: { start: listStart },
  link: { href },
};

function attrsOf(name: string): Record<string, AttributeSpec> {
  const rules = RICH_TEXT_ATTRIBUTES[name] ?? {};
  return Object.fromEntries(
    Object.entries(rules).map(([attr, rule]) => [
      attr,
      {
        ...(rule.default === undefined ? {} : { default: rule.default }),
        // ProseMirror's own check() enforces the rule too, not only our walk.
        validate: (value: unknown) => {
          const problem = rule.problem(value);
          if (problem) throw new RangeError(problem);
        },
      },
    ]),
  );
}

/** The ProseMirror schema of a lesson's text; TipTap's editor schema is tested to match it. */
export const richTextSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { content: 'inline*', group: 'block' },
    text: { group: 'inline' },
    heading: { content: 'inline*', group: 'block', defining: true, attrs: attrsOf('heading') },
    bulletList: { content: 'listItem+', group: 'block list' },
    orderedList: { content: 'listItem+', group: 'block list', attrs: attrsOf('orderedList') },
    listItem: { content: 'paragraph block*', defining: true },
    blockquote: { content: 'block+', group: 'block', defining: true },
    hardBreak: { inline: true, group: 'inline', selectable: false },
    horizontalRule: { group: 'block' },
  },
  marks: {
    link: { attrs: attrsOf('link'), inclusive: false },
    bold: {},
    italic: {},
    underline: {},
  },
});
