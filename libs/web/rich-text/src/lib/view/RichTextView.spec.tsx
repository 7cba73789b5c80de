import {
  activeContentIn,
  payloadAsHref,
  payloadAsText,
  XSS_DOCUMENTS,
  XSS_PAYLOADS,
} from '@larnav/shared/rich-text/testing';
import { render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { RichTextView } from './RichTextView';

const serverHtml = (doc: unknown) => renderToStaticMarkup(<RichTextView doc={doc} />);

/** The same checks on the live DOM jsdom built, attribute by attribute. */
function activeContentInDom(container: HTMLElement): string[] {
  const found = activeContentIn(container.innerHTML);
  for (const element of Array.from(container.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(element.attributes)) {
      if (name.startsWith('on') || name === 'style') found.push(`${name} on ${element.tagName}`);
      if (name === 'href' && !/^(https?|mailto|tel):/i.test(value)) found.push(`href ${value}`);
    }
  }
  return found;
}

describe('RichTextView', () => {
  it('renders every allowed node and mark as its element', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Rubrik' }] },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Läs',
              marks: [{ type: 'link', attrs: { href: 'https://www.boverket.se' } }, { type: 'bold' }],
            },
            { type: 'hardBreak' },
            { type: 'text', text: 'mer', marks: [{ type: 'italic' }, { type: 'underline' }] },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'tre' }] }] }],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'citat' }] }] },
        { type: 'horizontalRule' },
      ],
    };
    expect(serverHtml(doc).replace(/ class="[^"]*"/, '')).toBe(
      '<div><h3>Rubrik</h3><p><a href="https://www.boverket.se" rel="noopener noreferrer"><strong>Läs</strong></a><br/><em><u>mer</u></em></p>' +
        '<ol start="3"><li><p>tre</p></li></ol><ul><li><p></p></li></ul><blockquote><p>citat</p></blockquote><hr/></div>',
    );
  });

  it('drops unknown nodes and marks, keeps the text of unknown marks, and shows unsafe links as text', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'script', text: 'alert(1)' },
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'h' }] },
        {
          type: 'paragraph',
          attrs: { style: 'color:red', onclick: 'alert(1)' },
          content: [
            { type: 'text', text: 'a', marks: [{ type: 'textStyle', attrs: { style: 'x' } }] },
            { type: 'text', text: 'b', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            { type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } },
          ],
        },
      ],
    };
    expect(serverHtml(doc).replace(/ class="[^"]*"/, '')).toBe('<div><h2>h</h2><p>ab</p></div>');
  });

  describe.each(XSS_PAYLOADS.map((p) => [p.payload, p] as const))('the payload %j', (payload) => {
    it('shows as inert text, on the server and in the DOM', () => {
      const doc = payloadAsText(payload);
      expect(activeContentIn(serverHtml(doc))).toEqual([]);
      const { container } = render(<RichTextView doc={doc} />);
      expect(activeContentInDom(container)).toEqual([]);
      expect(container.textContent).toBe(payload);
    });

    it('as a link address never becomes a script, data or vbscript link', () => {
      const { container } = render(<RichTextView doc={payloadAsHref(payload)} />);
      expect(activeContentInDom(container)).toEqual([]);
      expect(activeContentIn(serverHtml(payloadAsHref(payload)))).toEqual([]);
      expect(container.textContent).toBe('link');
    });
  });

  it.each(XSS_DOCUMENTS.map((d) => [d.name, d] as const))('renders %s without active content', (_name, hostile) => {
    expect(activeContentIn(serverHtml(hostile.json))).toEqual([]);
    const { container } = render(<RichTextView doc={hostile.json} />);
    expect(activeContentInDom(container)).toEqual([]);
  });
});
