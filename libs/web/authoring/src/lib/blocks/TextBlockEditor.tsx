import type { RichTextDoc } from '@larnav/shared/rich-text';
import { RichTextEditor } from '@larnav/web/rich-text';
import { Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonBlock } from '@larnav/shared/catalog';
import type { BlockEditorProps } from './block-props';

type TextBlock = Extract<LessonBlock, { type: 'text' }>;

export function TextBlockEditor({ block, onChange, problem }: BlockEditorProps<TextBlock>) {
  const { t } = useTranslation('authoring');
  const problemId = useId();
  const message = problem(`${block.id}.doc`);
  return (
    <>
      <RichTextEditor
        label={t('blocks.text.label')}
        value={block.doc as unknown as RichTextDoc}
        onChange={(doc) => onChange({ ...block, doc: doc as unknown as TextBlock['doc'] })}
        describedBy={message ? problemId : undefined}
      />
      {message && (
        <Text id={problemId} size={200} style={{ color: tokens.colorPaletteRedForeground1 }}>
          {message}
        </Text>
      )}
    </>
  );
}
