import { RICH_TEXT_ATTRIBUTES, RICH_TEXT_MARKS, RICH_TEXT_NODES, richTextSchema } from '@larnav/shared/rich-text';
import { Editor, getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { richTextExtensions } from './rich-text-extensions';

/** Names of nodes and marks in schema order, each with its attribute names. */
function shape(schema: Schema) {
  const attrs = (type: { spec: { attrs?: object | null } }) => Object.keys(type.spec.attrs ?? {}).sort();
  return {
    nodes: Object.fromEntries(Object.values(schema.nodes).map((type) => [type.name, attrs(type)])),
    marks: Object.values(schema.marks).map((type) => [type.name, attrs(type)]),
  };
}

describe('the editor schema', () => {
  it('has exactly the shared schema’s nodes and attributes, and its marks in the same order', () => {
    expect(shape(getSchema(richTextExtensions()))).toEqual(shape(richTextSchema));
  });

  it('stays so in a running editor, whose core extensions could add attributes', () => {
    const editor = new Editor({ extensions: richTextExtensions() });
    expect(shape(editor.schema)).toEqual(shape(richTextSchema));
    editor.destroy();
  });

  it('is compared against the lists the validator uses', () => {
    const { nodes, marks } = shape(richTextSchema);
    expect(Object.keys(nodes).sort()).toEqual([...RICH_TEXT_NODES].sort());
    expect(marks.map(([name]) => name)).toEqual([...RICH_TEXT_MARKS]);
    for (const [name, rules] of Object.entries(RICH_TEXT_ATTRIBUTES)) {
      const type = richTextSchema.nodes[name] ?? richTextSchema.marks[name];
      expect(Object.keys(type?.spec.attrs ?? {}).sort()).toEqual(Object.keys(rules).sort());
    }
  });
});
