import type { Attribute, Extensions } from '@tiptap/core';
import Link from '@tiptap/extension-link';
import { OrderedList } from '@tiptap/extension-list';
import Underline from '@tiptap/extension-underline';
import StarterKit from '@tiptap/starter-kit';
import { HEADING_LEVELS, isSafeHref } from '@larnav/shared/rich-text';

/** A link carries its address only: no target, rel or class for a trainer to set or the server to refuse. */
const AddressOnlyLink = Link.extend({
  addAttributes() {
    const inherited = this.parent?.() as Record<string, Attribute> | undefined;
    return { href: inherited?.['href'] ?? { default: null } };
  },
});

/** Numbered lists keep their start; the list-style `type` attribute is not part of a lesson. */
const StartOnlyOrderedList = OrderedList.extend({
  addAttributes() {
    const inherited = this.parent?.() as Record<string, Attribute> | undefined;
    return { start: inherited?.['start'] ?? { default: 1 } };
  },
});

/**
 * The editor's TipTap extensions, cut down to exactly the nodes, marks and attributes of
 * @larnav/shared/rich-text (a test compares the two schemas), with the same link rule.
 */
export function richTextExtensions(): Extensions {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      strike: false,
      link: false,
      underline: false,
      orderedList: false,
      heading: { levels: [...HEADING_LEVELS] },
    }),
    StartOnlyOrderedList,
    Underline,
    AddressOnlyLink.configure({
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => isSafeHref(url),
      HTMLAttributes: { rel: 'noopener noreferrer', target: null, class: null },
    }),
  ];
}
