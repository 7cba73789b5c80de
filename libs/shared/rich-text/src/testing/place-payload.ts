import type { RichTextDoc } from '../rich-text-types';

export type Placement = 'text' | 'node type' | 'mark type' | 'attribute name' | 'attribute value' | 'href';

const withText = (text: unknown, marks?: unknown[]) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] }],
});

/** The one place a payload is plain text: valid unless it holds control characters, and must render inert. */
export function payloadAsText(payload: string): RichTextDoc {
  return withText(payload) as RichTextDoc;
}

/** A payload everywhere else a document can carry a string; every one of these must be refused. */
export function payloadOutsideText(payload: string): { placement: Placement; json: unknown; path: string }[] {
  const mark = 'content[0].content[0].marks[0]';
  return [
    { placement: 'node type', json: { type: 'doc', content: [{ type: payload }] }, path: 'content[0].type' },
    { placement: 'mark type', json: withText('x', [{ type: payload }]), path: `${mark}.type` },
    {
      placement: 'attribute name',
      json: JSON.parse(JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', attrs: { [payload]: 'x' } }] })),
      path: `content[0].attrs.${payload}`,
    },
    {
      placement: 'attribute value',
      json: {
        type: 'doc',
        content: [{ type: 'heading', attrs: { level: payload }, content: [{ type: 'text', text: 'x' }] }],
      },
      path: 'content[0].attrs.level',
    },
  ];
}

/** A payload as a link's address: must be refused unless the address is an allowed, parseable one. */
export function payloadAsHref(payload: string): unknown {
  return withText('link', [{ type: 'link', attrs: { href: payload } }]);
}
