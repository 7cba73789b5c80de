/**
 * Hostile input from the well-known lists (OWASP's XSS filter evasion cheat sheet, PortSwigger's
 * XSS cheat sheet, html5sec.org), shared by the unit tests here and on the web and by the API and
 * browser tests, so every layer is tried with the same list.
 *
 * `url` payloads must be refused wherever a link address goes; every payload, whatever its kind,
 * must be refused as a node, mark or attribute name, and shown as inert text when it is text.
 */
export type XssKind = 'markup' | 'url' | 'style' | 'breakout' | 'template';

export interface XssPayload {
  kind: XssKind;
  payload: string;
}

const markup = (payload: string): XssPayload => ({ kind: 'markup', payload });
const url = (payload: string): XssPayload => ({ kind: 'url', payload });
const style = (payload: string): XssPayload => ({ kind: 'style', payload });
const breakout = (payload: string): XssPayload => ({ kind: 'breakout', payload });

export const XSS_PAYLOADS: readonly XssPayload[] = [
  markup('<script>alert(1)</script>'),
  markup('<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>'),
  markup('<scr<script>ipt>alert(1)</scr</script>ipt>'),
  markup('<img src=x onerror=alert(1)>'),
  markup('<IMG SRC="x" ONERROR="alert(String.fromCharCode(88,83,83))">'),
  markup('<svg onload=alert(1)>'),
  markup('<svg><script>alert(1)</script></svg>'),
  markup('<body onload=alert(1)>'),
  markup('<iframe src="javascript:alert(1)"></iframe>'),
  markup('<iframe srcdoc="<script>alert(1)</script>"></iframe>'),
  markup('<a href="javascript:alert(1)">click</a>'),
  markup('<object data="javascript:alert(1)"></object>'),
  markup('<embed src="data:text/html,<script>alert(1)</script>">'),
  markup('<form action="javascript:alert(1)"><button>go</button></form>'),
  markup('<input onfocus=alert(1) autofocus>'),
  markup('<details open ontoggle=alert(1)>'),
  markup('<x onclick=alert(1)>click me</x>'),
  markup('<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'),
  markup('<noscript><p title="</noscript><img src=x onerror=alert(1)>">'),
  markup('<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'),
  markup('<link rel=stylesheet href=https://evil.example/x.css>'),
  url('javascript:alert(1)'),
  url('JaVaScRiPt:alert(1)'),
  url(' javascript:alert(1)'),
  url('java\tscript:alert(1)'),
  url('java\nscript:alert(1)'),
  url('java\rscript:alert(1)'),
  url('\u0001javascript:alert(1)'),
  url('\u200bjavascript:alert(1)'),
  url('javascript\u0000:alert(1)'),
  url('javascript&#58;alert(1)'),
  url('&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)'),
  url('&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)'),
  url('&#0000106&#0000097vascript:alert(1)'),
  url('jav&#x09;ascript:alert(1)'),
  url('javascript%3Aalert(1)'),
  url('%6A%61%76%61%73%63%72%69%70%74:alert(1)'),
  url('javascript://%0aalert(1)'),
  url('data:text/html,<script>alert(1)</script>'),
  url('DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='),
  url('data:image/svg+xml,<svg onload=alert(1)>'),
  url('vbscript:msgbox(1)'),
  url('VBScript:MsgBox("XSS")'),
  url('livescript:alert(1)'),
  url('//evil.example/xss.js'),
  url('\\/\\/evil.example'),
  url('/\\evil.example'),
  url('file:///etc/passwd'),
  url('blob:https://evil.example/0f0f'),
  url('https:'),
  url('https://'),
  style('<div style="background:url(javascript:alert(1))">x</div>'),
  style('<p style="width:expression(alert(1))">x</p>'),
  style('width: expression(alert(1))'),
  style('background-image: url("javascript:alert(1)")'),
  style('<style>@import "https://evil.example/x.css";</style>'),
  breakout('"><script>alert(1)</script>'),
  breakout("' onmouseover='alert(1)"),
  breakout('" onfocus="alert(1)" autofocus="'),
  breakout('</p><img src=x onerror=alert(1)>'),
  breakout('https://ok.example/"onmouseover="alert(1)'),
  { kind: 'template', payload: "{{constructor.constructor('alert(1)')()}}" },
  { kind: 'template', payload: '${alert(1)}' },
  { kind: 'template', payload: '__proto__' },
  { kind: 'template', payload: 'constructor' },
];

/** Hostile documents: each must be refused, and the error must point at `path`. */
export interface XssDocument {
  name: string;
  json: unknown;
  path: string;
}

const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const doc = (...blocks: unknown[]) => ({ type: 'doc', content: blocks });
const paragraph = (...inline: unknown[]) => ({ type: 'paragraph', content: inline });
const inParagraph = (inline: unknown) => doc(paragraph(inline));

export const XSS_DOCUMENTS: readonly XssDocument[] = [
  {
    name: 'an html node',
    json: doc({ type: 'html', content: [text('<script>alert(1)</script>')] }),
    path: 'content[0].type',
  },
  { name: 'a script node', json: doc({ type: 'script', text: 'alert(1)' }), path: 'content[0].type' },
  {
    name: 'an iframe node',
    json: doc({ type: 'iframe', attrs: { src: 'javascript:alert(1)' } }),
    path: 'content[0].type',
  },
  {
    name: 'an image with onerror',
    json: inParagraph({ type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } }),
    path: 'content[0].content[0].type',
  },
  {
    name: 'a code block (not allowed)',
    json: doc({ type: 'codeBlock', content: [text('x')] }),
    path: 'content[0].type',
  },
  {
    name: 'a style attribute on a paragraph',
    json: doc({ type: 'paragraph', attrs: { style: 'background:url(javascript:alert(1))' } }),
    path: 'content[0].attrs.style',
  },
  {
    name: 'a class attribute',
    json: doc({ type: 'paragraph', attrs: { class: 'evil' } }),
    path: 'content[0].attrs.class',
  },
  {
    name: 'an onclick attribute',
    json: doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' } }),
    path: 'content[0].attrs.onclick',
  },
  {
    name: 'a style attribute on bold',
    json: inParagraph(text('x', [{ type: 'bold', attrs: { style: 'color:red' } }])),
    path: 'content[0].content[0].marks[0].attrs.style',
  },
  {
    name: 'a textStyle mark',
    json: inParagraph(text('x', [{ type: 'textStyle', attrs: { style: 'x' } }])),
    path: 'content[0].content[0].marks[0].type',
  },
  {
    name: 'a script mark',
    json: inParagraph(text('x', [{ type: 'script' }])),
    path: 'content[0].content[0].marks[0].type',
  },
  {
    name: 'a link with a target',
    json: inParagraph(text('x', [{ type: 'link', attrs: { href: 'https://ok.example', target: '_top' } }])),
    path: 'content[0].content[0].marks[0].attrs.target',
  },
  {
    name: 'a link with an onclick',
    json: inParagraph(text('x', [{ type: 'link', attrs: { href: 'https://ok.example', onclick: 'alert(1)' } }])),
    path: 'content[0].content[0].marks[0].attrs.onclick',
  },
  {
    name: 'a javascript: link',
    json: inParagraph(text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
    path: 'content[0].content[0].marks[0].attrs.href',
  },
  {
    name: 'a link without an address',
    json: inParagraph(text('x', [{ type: 'link' }])),
    path: 'content[0].content[0].marks[0].attrs.href',
  },
  {
    name: 'html beside the text',
    json: inParagraph({ type: 'text', text: 'x', html: '<script>alert(1)</script>' }),
    path: 'content[0].content[0].html',
  },
  {
    name: 'dangerouslySetInnerHTML on a node',
    json: doc({ type: 'paragraph', dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' } }),
    path: 'content[0].dangerouslySetInnerHTML',
  },
  {
    name: 'a heading level that breaks out',
    json: doc({ type: 'heading', attrs: { level: '2 onclick=alert(1)' }, content: [text('x')] }),
    path: 'content[0].attrs.level',
  },
  {
    name: 'an h1 (the lesson title is the h1)',
    json: doc({ type: 'heading', attrs: { level: 1 }, content: [text('x')] }),
    path: 'content[0].attrs.level',
  },
  {
    name: 'a list start that breaks out',
    json: doc({ type: 'orderedList', attrs: { start: '1" onmouseover="alert(1)' }, content: [] }),
    path: 'content[0].attrs.start',
  },
  {
    name: 'marks that are not a list',
    json: inParagraph({ type: 'text', text: 'x', marks: 'bold' }),
    path: 'content[0].content[0].marks',
  },
  {
    name: 'text that is not a string',
    json: inParagraph({ type: 'text', text: { toString: 'alert(1)' } }),
    path: 'content[0].content[0].text',
  },
  {
    name: 'a __proto__ key on the document',
    json: JSON.parse('{"type":"doc","__proto__":{"polluted":true},"content":[{"type":"paragraph"}]}'),
    path: '__proto__',
  },
  {
    name: 'a __proto__ key in a link',
    json: JSON.parse(
      '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"link","attrs":{"href":"https://ok.example","__proto__":{"href":"javascript:alert(1)"}}}]}]}]}',
    ),
    path: 'content[0].content[0].marks[0].attrs.__proto__',
  },
  {
    name: 'a __proto__ node type',
    json: JSON.parse('{"type":"doc","content":[{"type":"__proto__"}]}'),
    path: 'content[0].type',
  },
  {
    name: 'a constructor mark type',
    json: inParagraph(text('x', [{ type: 'constructor' }])),
    path: 'content[0].content[0].marks[0].type',
  },
  {
    name: 'a node whose prototype was swapped',
    json: doc(Object.assign(Object.create({ type: 'paragraph' }), {})),
    path: 'content[0]',
  },
  { name: 'a document that is an html string', json: '<p onclick="alert(1)">x</p>', path: '' },
  { name: 'a document of another type', json: { type: 'paragraph', content: [text('x')] }, path: 'type' },
];
