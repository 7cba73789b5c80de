import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { LessonBlock } from '@larnav/shared/catalog';
import { mediaUrl } from '@larnav/web/api-client';
import { useTranslation } from 'react-i18next';
import type { BlockEditorProps } from './block-props';
import { MediaUpload } from './MediaUpload';

type ImageBlock = Extract<LessonBlock, { type: 'image' }>;

const useStyles = makeStyles({
  preview: {
    maxWidth: '20rem',
    maxHeight: '12rem',
    objectFit: 'contain',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** An image and its alt text, which is required: a screen reader must be able to say what it shows. */
export function ImageBlockEditor({ moduleId, block, onChange, problem }: BlockEditorProps<ImageBlock>) {
  const { t } = useTranslation('authoring');
  const styles = useStyles();
  return (
    <>
      <MediaUpload
        moduleId={moduleId}
        kind="image"
        label={t('blocks.image.file')}
        hasFile={!!block.mediaId}
        problem={problem(`${block.id}.mediaId`)}
        onUploaded={(media) => onChange({ ...block, mediaId: media.id })}
      />
      {block.mediaId && <img className={styles.preview} src={mediaUrl(moduleId, block.mediaId)} alt={block.alt} />}
      <Field
        label={t('blocks.image.alt')}
        hint={t('blocks.image.altHint')}
        required
        validationMessage={problem(`${block.id}.alt`)}
      >
        <Input value={block.alt} maxLength={500} onChange={(_, data) => onChange({ ...block, alt: data.value })} />
      </Field>
      <Field label={t('blocks.image.caption')} validationMessage={problem(`${block.id}.caption`)}>
        <Input
          value={block.caption ?? ''}
          maxLength={500}
          onChange={(_, data) => onChange({ ...block, caption: data.value || undefined })}
        />
      </Field>
    </>
  );
}
