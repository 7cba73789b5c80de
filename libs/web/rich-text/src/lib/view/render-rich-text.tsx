import { HEADING_LEVELS, isSafeHref, RICH_TEXT_LIMITS } from '@larnav/shared/rich-text';
import { Fragment, type ReactNode } from 'react';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const childrenOf = (node: Json): unknown[] => (Array.isArray(node['content']) ? node['content'] : []);
const attr = (node: Json, name: string): unknown => (isObject(node['attrs']) ? node['attrs'][name] : undefined);

/** External pages get neither this page's address nor a handle on it. */
export const LINK_REL = 'noopener noreferrer';

function renderChildren(node: Json, depth: number): ReactNode[] {
  return childrenOf(node).map((child, index) => renderNode(child, depth + 1, index));
}

function renderMarks(text: string, marks: unknown, key: number): ReactNode {
  const list = Array.isArray(marks) ? marks : [];
  // The first mark is the outermost element, as ProseMirror renders it.
  const wrapped = list.reduceRight<ReactNode>((inner, mark) => {
    if (!isObject(mark)) return inner;
    switch (mark['type']) {
      case 'bold':
        return <strong>{inner}</strong>;
      case 'italic':
        return <em>{inner}</em>;
      case 'underline':
        return <u>{inner}</u>;
      case 'link': {
        const href = attr(mark, 'href');
        return isSafeHref(href) ? (
          <a href={href.trim()} rel={LINK_REL}>
            {inner}
          </a>
        ) : (
          inner
        );
      }
      default:
        return inner; // An unknown mark is dropped; its text still shows.
    }
  }, text);
  return <Fragment key={key}>{wrapped}</Fragment>;
}

/**
 * One node of stored rich text as React elements. Stored text was validated on the way in; this
 * checks again (unknown nodes dropped, unsafe links shown as plain text), so an old row, a bug
 * or a bypassed API still cannot put markup, handlers or script addresses in a learner's page.
 */
export function renderNode(node: unknown, depth: number, key: number): ReactNode {
  if (!isObject(node) || depth > RICH_TEXT_LIMITS.maxDepth) return null;
  switch (node['type']) {
    case 'doc':
      return renderChildren(node, depth);
    case 'text':
      return typeof node['text'] === 'string' ? renderMarks(node['text'], node['marks'], key) : null;
    case 'paragraph':
      return <p key={key}>{renderChildren(node, depth)}</p>;
    case 'heading': {
      const level = attr(node, 'level');
      const Heading = `h${HEADING_LEVELS.includes(level as 2) ? (level as 2 | 3 | 4) : 2}` as const;
      return <Heading key={key}>{renderChildren(node, depth)}</Heading>;
    }
    case 'bulletList':
      return <ul key={key}>{renderChildren(node, depth)}</ul>;
    case 'orderedList': {
      const start = attr(node, 'start');
      return (
        <ol key={key} start={Number.isInteger(start) && start !== 1 ? (start as number) : undefined}>
          {renderChildren(node, depth)}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{renderChildren(node, depth)}</li>;
    case 'blockquote':
      return <blockquote key={key}>{renderChildren(node, depth)}</blockquote>;
    case 'hardBreak':
      return <br key={key} />;
    case 'horizontalRule':
      return <hr key={key} />;
    default:
      return null;
  }
}
