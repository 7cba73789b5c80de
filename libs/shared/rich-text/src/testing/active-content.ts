import { schemeOf } from '../safe-href';

/** Elements a rendered lesson text may contain; anything else came from somewhere it should not. */
export const RICH_TEXT_ELEMENTS = [
  'div',
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'blockquote',
  'br',
  'hr',
  'strong',
  'em',
  'u',
  'a',
];
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc']);
const DANGEROUS_SCHEMES = new Set(['javascript', 'data', 'vbscript']);
const TAG = /<([a-zA-Z][^\s/>]*)([^>]*)>/g;
const ATTRIBUTE = /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&(quot|apos|lt|gt|amp|Tab|NewLine|colon);/gi, (_, name: string) => ENTITIES[name.toLowerCase()] ?? '');
}
const ENTITIES: Record<string, string> = {
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  amp: '&',
  tab: '\t',
  newline: '\n',
  colon: ':',
};

/**
 * Everything in serialised HTML (react-dom/server output, `innerHTML`, Playwright's
 * `page.content()` of a lesson) that could run script or restyle the page: elements outside
 * RICH_TEXT_ELEMENTS, `on*` and `style` attributes, javascript:/data:/vbscript: addresses.
 * Text, being escaped (`&lt;script`), is not a tag and is rightly ignored.
 */
export function activeContentIn(html: string): string[] {
  const found: string[] = [];
  for (const [, name, rest] of html.matchAll(TAG)) {
    const element = name.toLowerCase();
    if (!RICH_TEXT_ELEMENTS.includes(element)) found.push(`element <${element}>`);
    for (const [, attribute, ...values] of rest.matchAll(ATTRIBUTE)) {
      const key = attribute.toLowerCase();
      const value = decodeEntities(values.find((v) => v !== undefined) ?? '');
      if (key.startsWith('on')) found.push(`${key}= on <${element}>`);
      if (key === 'style') found.push(`style= on <${element}>`);
      if (URL_ATTRIBUTES.has(key) && DANGEROUS_SCHEMES.has(schemeOf(value) ?? '')) {
        found.push(`${key}="${value}" on <${element}>`);
      }
    }
  }
  return found;
}
