import { Toolbar, ToolbarButton, ToolbarDivider, ToolbarToggleButton, Tooltip } from '@fluentui/react-components';
import {
  LineHorizontal1Regular,
  LinkRegular,
  TextBoldRegular,
  TextBulletListLtrRegular,
  TextHeader2Regular,
  TextHeader3Regular,
  TextHeader4Regular,
  TextItalicRegular,
  TextNumberListLtrRegular,
  TextQuoteRegular,
  TextUnderlineRegular,
} from '@fluentui/react-icons';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

interface Format {
  key: string;
  icon: ReactElement;
  isActive: (editor: Editor) => boolean;
  toggle: (editor: Editor) => void;
}

const FORMATS: Format[] = [
  {
    key: 'bold',
    icon: <TextBoldRegular />,
    isActive: (e) => e.isActive('bold'),
    toggle: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    key: 'italic',
    icon: <TextItalicRegular />,
    isActive: (e) => e.isActive('italic'),
    toggle: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    key: 'underline',
    icon: <TextUnderlineRegular />,
    isActive: (e) => e.isActive('underline'),
    toggle: (e) => e.chain().focus().toggleUnderline().run(),
  },
  ...([2, 3, 4] as const).map((level) => ({
    key: `heading${level}`,
    icon: [<TextHeader2Regular />, <TextHeader3Regular />, <TextHeader4Regular />][level - 2],
    isActive: (e: Editor) => e.isActive('heading', { level }),
    toggle: (e: Editor) => e.chain().focus().toggleHeading({ level }).run(),
  })),
  {
    key: 'bulletList',
    icon: <TextBulletListLtrRegular />,
    isActive: (e) => e.isActive('bulletList'),
    toggle: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    key: 'orderedList',
    icon: <TextNumberListLtrRegular />,
    isActive: (e) => e.isActive('orderedList'),
    toggle: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    key: 'blockquote',
    icon: <TextQuoteRegular />,
    isActive: (e) => e.isActive('blockquote'),
    toggle: (e) => e.chain().focus().toggleBlockquote().run(),
  },
];

export interface RichTextToolbarProps {
  editor: Editor;
  onLink: () => void;
}

/** Fluent's toolbar: one tab stop, arrow keys between buttons, each toggle announcing aria-pressed. */
export function RichTextToolbar({ editor, onLink }: RichTextToolbarProps) {
  const { t } = useTranslation('richText');
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      formats: FORMATS.filter((format) => format.isActive(current)).map((format) => format.key),
      link: current.isActive('link'),
    }),
  });
  return (
    <Toolbar
      aria-label={t('toolbar.label')}
      checkedValues={{ format: [...active.formats, ...(active.link ? ['link'] : [])] }}
      size="small"
    >
      {FORMATS.map((format) => (
        <Tooltip key={format.key} content={t(`toolbar.${format.key}`)} relationship="label">
          <ToolbarToggleButton
            name="format"
            value={format.key}
            icon={format.icon}
            appearance="subtle"
            onClick={() => format.toggle(editor)}
          />
        </Tooltip>
      ))}
      <ToolbarDivider />
      <Tooltip content={t('toolbar.link')} relationship="label">
        <ToolbarToggleButton name="format" value="link" icon={<LinkRegular />} appearance="subtle" onClick={onLink} />
      </Tooltip>
      <Tooltip content={t('toolbar.horizontalRule')} relationship="label">
        <ToolbarButton
          icon={<LineHorizontal1Regular />}
          appearance="subtle"
          onClick={() => editor.chain().focus().setHorizontalRule().run()}
        />
      </Tooltip>
    </Toolbar>
  );
}
