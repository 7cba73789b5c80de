/**
 * How big a lesson's rich text may be. Generous for real lessons, small enough that validating,
 * storing and rendering one (recursively, node by node) stays cheap and cannot exhaust a stack.
 */
export const RICH_TEXT_LIMITS = {
  /** Nesting levels counting the document itself; three levels of nested lists need 9. */
  maxDepth: 16,
  /** Nodes of every kind, text runs included. */
  maxNodes: 10_000,
  /** Characters of text in the whole document, about 15,000 words. */
  maxTextLength: 100_000,
  /** Errors reported at once; the rest are counted, not listed. */
  maxErrors: 20,
  /** The highest number an ordered list may start at. */
  maxOrderedListStart: 10_000,
} as const;
