/** A mark as the editor stores it in JSON, e.g. `{ type: 'link', attrs: { href } }`. */
export interface RichTextMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A node as the editor stores it in JSON (ProseMirror's `Node.toJSON()`). */
export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
}

/** A lesson's rich text: the document node at the root. */
export interface RichTextDoc extends RichTextNode {
  type: 'doc';
}

export interface RichTextError {
  /** Where in the JSON, e.g. `content[3].content[0].marks[1].attrs.href`; '' for the document itself. */
  path: string;
  message: string;
}

export type RichTextValidation = { ok: true; doc: RichTextDoc } | { ok: false; errors: RichTextError[] };
