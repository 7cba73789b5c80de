import { Field, Input } from '@fluentui/react-components';
import type { LessonBlock } from '@larnav/shared/catalog';
import { mediaUrl } from '@larnav/web/api-client';
import { useTranslation } from 'react-i18next';
import type { BlockEditorProps } from './block-props';
import { MediaUpload } from './MediaUpload';

type FileBlock = Extract<LessonBlock, { type: 'file' }>;

/** A document to download, and the words the link shows. */
export function FileBlockEditor({ moduleId, block, onChange, problem }: BlockEditorProps<FileBlock>) {
  const { t } = useTranslation('authoring');
  return (
    <>
      <MediaUpload
        moduleId={moduleId}
        kind="document"
        label={t('blocks.file.file')}
        hasFile={!!block.mediaId}
        problem={problem(`${block.id}.mediaId`)}
        onUploaded={(media) => onChange({ ...block, mediaId: media.id, label: block.label || media.fileName })}
      />
      {block.mediaId && (
        <a href={mediaUrl(moduleId, block.mediaId)} target="_blank" rel="noreferrer">
          {t('blocks.file.open', { label: block.label || t('blocks.file.file') })}
        </a>
      )}
      <Field label={t('blocks.file.label')} required validationMessage={problem(`${block.id}.label`)}>
        <Input value={block.label} maxLength={200} onChange={(_, data) => onChange({ ...block, label: data.value })} />
      </Field>
    </>
  );
}
