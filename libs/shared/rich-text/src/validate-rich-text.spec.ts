import { RICH_TEXT_LIMITS } from './rich-text-limits';
import type { RichTextNode } from './rich-text-types';
import { payloadAsHref, payloadAsText, payloadOutsideText } from './testing/place-payload';
import { XSS_DOCUMENTS, XSS_PAYLOADS } from './testing/xss-payloads';
import { validateRichText } from './validate-rich-text';
import { isSafeHref } from './safe-href';

const text = (value: string, marks?: RichTextNode['marks']): RichTextNode => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const doc = (...content: RichTextNode[]) => ({ type: 'doc', content });
const link = (href: string) => ({ type: 'link', attrs: { href } });

function pathsOf(json: unknown): string[] {
  const result = validateRichText(json);
  return result.ok ? [] : result.errors.map((error) => error.path);
}

const lesson = doc(
  { type: 'heading', attrs: { level: 2 }, content: [text('Att ta emot en ansökan')] },
  paragraph(
    text('Läs '),
    text('PBL', [{ type: 'bold' }, { type: 'italic' }, { type: 'underline' }, link('https://www.boverket.se')]),
  ),
  {
    type: 'bulletList',
    content: [{ type: 'listItem', content: [paragraph(text('Ett'), { type: 'hardBreak' }, text('två'))] }],
  },
  { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph(text('Tre'))] }] },
  { type: 'blockquote', content: [paragraph(text('Citat\tmed\ntabb'))] },
  { type: 'horizontalRule' },
  paragraph(
    text('Ring', [link('tel:+46303730000')]),
    text(' eller ', []),
    text('mejla', [link('mailto:hr@stenungsund.se')]),
  ),
);

describe('validateRichText', () => {
  it('accepts a lesson using every allowed node and mark, and hands back what to store', () => {
    const result = validateRichText(lesson);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.content?.[1]?.content?.[1]?.marks?.map((m) => m.type)).toEqual([
      'link',
      'bold',
      'italic',
      'underline',
    ]);
    expect(validateRichText(result.doc)).toEqual(result);
  });

  it('accepts the empty editor', () => {
    expect(validateRichText(doc({ type: 'paragraph' })).ok).toBe(true);
  });

  it('puts marks in order whatever order they came in', () => {
    const result = validateRichText(
      doc(paragraph(text('x', [{ type: 'underline' }, link('https://a.se'), { type: 'bold' }]))),
    );
    expect(result.ok && result.doc.content?.[0]?.content?.[0]?.marks?.map((m) => m.type)).toEqual([
      'link',
      'bold',
      'underline',
    ]);
  });

  it('says where a bad link address is', () => {
    const json = doc(paragraph(text('a'), text('b', [{ type: 'bold' }, link('javascript:alert(1)')])));
    expect(validateRichText(json)).toEqual({
      ok: false,
      errors: [
        {
          path: 'content[0].content[1].marks[1].attrs.href',
          message: 'A link may only lead to an address starting with https:, http:, mailto:, tel:.',
        },
      ],
    });
  });

  it('lets ProseMirror decide what may contain what, and says where', () => {
    expect(pathsOf(doc({ type: 'listItem', content: [paragraph()] }))).toEqual(['content[0]']);
    expect(
      pathsOf(doc({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'horizontalRule' }] }] })),
    ).toEqual(['content[0].content[0].content[0]']);
    expect(pathsOf(doc({ type: 'bulletList', content: [] }))).toEqual(['content[0]']);
    expect(pathsOf(doc())).toEqual(['']);
    expect(pathsOf(doc(paragraph(paragraph())))).toEqual(['content[0].content[0]']);
    expect(pathsOf(doc(paragraph(text('x', [{ type: 'bold' }, { type: 'bold' }]))))).toEqual([
      'content[0].content[0].marks',
    ]);
    expect(pathsOf(doc({ type: 'paragraph', marks: [{ type: 'bold' }] }))).toEqual(['content[0].marks']);
    expect(pathsOf(doc({ type: 'horizontalRule', content: [text('x')] }))).toEqual(['content[0].content[0]']);
  });

  it('refuses empty text and text on other nodes', () => {
    expect(pathsOf(doc(paragraph(text(''))))).toEqual(['content[0].content[0].text']);
    expect(pathsOf(doc({ type: 'paragraph', text: 'x' }))).toEqual(['content[0].text']);
  });

  it.each(['\u0000', '\u0007', '\u000b', '\r', '\u001b', '\u007f', '\u0085', '\ud800'])(
    'refuses the control character %j',
    (character) => {
      expect(pathsOf(doc(paragraph(text(`före${character}efter`))))).toEqual(['content[0].content[0].text']);
    },
  );

  it('keeps emoji, whose surrogate pairs are not lone surrogates', () => {
    expect(validateRichText(doc(paragraph(text('Bra jobbat 🎉'))))).toMatchObject({ ok: true });
  });

  it('refuses a link address with spaces around it or a control character inside', () => {
    expect(pathsOf(doc(paragraph(text('x', [link(' https://a.se')]))))).toEqual([
      'content[0].content[0].marks[0].attrs.href',
    ]);
    expect(pathsOf(doc(paragraph(text('x', [link('https://a.se/\u0000')]))))).toEqual([
      'content[0].content[0].marks[0].attrs.href',
    ]);
  });

  it('refuses heading levels outside 2–4 and odd list starts', () => {
    const heading = (level: unknown) => doc({ type: 'heading', attrs: { level }, content: [text('x')] });
    expect(pathsOf(heading(1))).toEqual(['content[0].attrs.level']);
    expect(pathsOf(heading(5))).toEqual(['content[0].attrs.level']);
    expect(pathsOf(heading('2'))).toEqual(['content[0].attrs.level']);
    expect(pathsOf(doc({ type: 'heading', content: [text('x')] }))).toEqual([]);
    const list = (start: unknown) =>
      doc({ type: 'orderedList', attrs: { start }, content: [{ type: 'listItem', content: [paragraph()] }] });
    expect(pathsOf(list(1.5))).toEqual(['content[0].attrs.start']);
    expect(pathsOf(list(-1))).toEqual(['content[0].attrs.start']);
    expect(pathsOf(list(RICH_TEXT_LIMITS.maxOrderedListStart + 1))).toEqual(['content[0].attrs.start']);
  });

  describe('limits', () => {
    it(`refuses nesting deeper than ${RICH_TEXT_LIMITS.maxDepth} levels, once`, () => {
      let node: RichTextNode = paragraph(text('djupt'));
      for (let i = 0; i < RICH_TEXT_LIMITS.maxDepth; i++) node = { type: 'blockquote', content: [node] };
      const result = validateRichText(doc(node));
      expect(result.ok === false && result.errors).toEqual([
        {
          path: `${'content[0].'.repeat(RICH_TEXT_LIMITS.maxDepth - 1)}content[0]`,
          message: expect.stringContaining('nested too deeply'),
        },
      ]);
    });

    it('accepts nesting right up to the limit (document, quotes, paragraph, text)', () => {
      let node: RichTextNode = paragraph(text('djupt'));
      for (let i = 0; i < RICH_TEXT_LIMITS.maxDepth - 3; i++) node = { type: 'blockquote', content: [node] };
      expect(validateRichText(doc(node)).ok).toBe(true);
    });

    it(`refuses more than ${RICH_TEXT_LIMITS.maxNodes} nodes`, () => {
      const many = Array.from({ length: RICH_TEXT_LIMITS.maxNodes / 2 }, () => paragraph(text('x')));
      const result = validateRichText(doc(...many));
      expect(result.ok === false && result.errors[0]?.message).toContain('too many parts');
      expect(validateRichText(doc(...many.slice(1))).ok).toBe(true);
    });

    it(`refuses more than ${RICH_TEXT_LIMITS.maxTextLength} characters of text`, () => {
      const half = 'a'.repeat(RICH_TEXT_LIMITS.maxTextLength / 2);
      expect(validateRichText(doc(paragraph(text(half)), paragraph(text(half)))).ok).toBe(true);
      expect(pathsOf(doc(paragraph(text(half)), paragraph(text(`${half}b`))))).toEqual(['content[1].content[0].text']);
    });

    it(`lists at most ${RICH_TEXT_LIMITS.maxErrors} errors`, () => {
      const bad = Array.from({ length: 50 }, () => ({ type: 'paragraph', attrs: { style: 'x' } }));
      expect(pathsOf(doc(...(bad as RichTextNode[])))).toHaveLength(RICH_TEXT_LIMITS.maxErrors);
    });
  });

  describe('hostile documents', () => {
    it.each(XSS_DOCUMENTS.map((d) => [d.name, d] as const))('refuses %s, pointing at it', (_name, hostile) => {
      expect(pathsOf(hostile.json)).toContain(hostile.path);
    });
  });

  describe.each(XSS_PAYLOADS.map((p) => [p.payload, p] as const))('the payload %j', (payload, { kind }) => {
    it('is refused as a node type, mark type, attribute name or value, each with its path', () => {
      for (const placed of payloadOutsideText(payload)) expect(pathsOf(placed.json)).toContain(placed.path);
    });

    it('is refused as a link address unless it is an allowed one', () => {
      const result = validateRichText(payloadAsHref(payload));
      if (kind === 'url') expect(result.ok).toBe(false);
      else expect(result.ok).toBe(isSafeHref(payload) && payload === payload.trim());
    });

    it('is accepted as text, exactly as written, unless it holds a control character', () => {
      const result = validateRichText(payloadAsText(payload));
      // eslint-disable-next-line no-control-regex
      const hasControl = /[\u0000-\u0008\u000b-\u001f]/.test(payload);
      expect(result.ok).toBe(!hasControl);
      if (result.ok) expect(result.doc.content?.[0]?.content?.[0]?.text).toBe(payload);
    });
  });
});
