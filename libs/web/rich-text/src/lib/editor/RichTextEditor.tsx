import { Label, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { RichTextDoc } from '@larnav/shared/rich-text';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { LinkDialog } from './LinkDialog';
import { richTextExtensions } from './rich-text-extensions';
import { RichTextToolbar } from './RichTextToolbar';

export interface RichTextEditorProps {
  /** The field's visible label, which also names the editing area. */
  label: string;
  value: RichTextDoc | null;
  onChange: (doc: RichTextDoc) => void;
  /** The id of a hint or error message for the editing area. */
  describedBy?: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  area: {
    minHeight: '10rem',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    '& .ProseMirror:focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** A trainer's editor for a lesson's text: TipTap holding exactly the shared schema, JSON in and out. */
export function RichTextEditor({ label, value, onChange, describedBy }: RichTextEditorProps) {
  const styles = useStyles();
  const labelId = useId('rich-text-label');
  const [linkOpen, setLinkOpen] = useState(false);
  const editor = useEditor({
    extensions: richTextExtensions(),
    content: value ?? undefined,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      },
    },
    onUpdate: ({ editor: current }) => onChange(current.getJSON() as RichTextDoc),
  });

  // A new value from outside (a reset, another version loaded) replaces the content; our own echo does not.
  useEffect(() => {
    if (value && JSON.stringify(value) !== JSON.stringify(editor.getJSON()))
      editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  const closeLink = () => {
    setLinkOpen(false);
    editor.commands.focus();
  };
  return (
    <div className={styles.root}>
      <Label id={labelId}>{label}</Label>
      <RichTextToolbar editor={editor} onLink={() => setLinkOpen(true)} />
      <EditorContent editor={editor} className={styles.area} />
      {linkOpen && (
        <LinkDialog
          open
          href={(editor.getAttributes('link')['href'] as string | undefined) ?? null}
          onClose={closeLink}
          onRemove={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            setLinkOpen(false);
          }}
          onSave={(href) => {
            if (editor.state.selection.empty && !editor.isActive('link')) {
              editor
                .chain()
                .focus()
                .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
                .run();
            } else {
              editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
            }
            setLinkOpen(false);
          }}
        />
      )}
    </div>
  );
}
