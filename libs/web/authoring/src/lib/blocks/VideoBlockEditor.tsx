import { Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import type { LessonBlock } from '@larnav/shared/catalog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockEditorProps } from './block-props';
import { MediaUpload } from './MediaUpload';

type VideoBlock = Extract<LessonBlock, { type: 'video' }>;
type Source = 'upload' | 'link';

/** A video, uploaded or linked from the municipality's video service, with its transcript (WCAG 1.2). */
export function VideoBlockEditor({ moduleId, block, onChange, problem }: BlockEditorProps<VideoBlock>) {
  const { t } = useTranslation('authoring');
  const [source, setSource] = useState<Source>(block.url ? 'link' : 'upload');
  const sourceProblem = problem(block.id);
  return (
    <>
      <Field label={t('blocks.video.title')} required validationMessage={problem(`${block.id}.title`)}>
        <Input value={block.title} maxLength={200} onChange={(_, data) => onChange({ ...block, title: data.value })} />
      </Field>
      <Field label={t('blocks.video.source')}>
        <RadioGroup
          layout="horizontal"
          value={source}
          onChange={(_, data) => {
            const next = data.value as Source;
            setSource(next);
            // A video is an upload or a link, never both.
            onChange(next === 'link' ? { ...block, mediaId: undefined } : { ...block, url: undefined });
          }}
        >
          <Radio value="upload" label={t('blocks.video.upload')} />
          <Radio value="link" label={t('blocks.video.link')} />
        </RadioGroup>
      </Field>
      {source === 'upload' ? (
        <MediaUpload
          moduleId={moduleId}
          kind="video"
          label={t('blocks.video.file')}
          hasFile={!!block.mediaId}
          problem={sourceProblem}
          onUploaded={(media) => onChange({ ...block, mediaId: media.id, url: undefined })}
        />
      ) : (
        <Field
          label={t('blocks.video.url')}
          hint={t('blocks.video.urlHint')}
          required
          validationMessage={problem(`${block.id}.url`) ?? sourceProblem}
        >
          <Input
            type="url"
            value={block.url ?? ''}
            onChange={(_, data) => onChange({ ...block, url: data.value || undefined, mediaId: undefined })}
          />
        </Field>
      )}
      <Field
        label={t('blocks.video.transcript')}
        hint={t('blocks.video.transcriptHint')}
        validationMessage={problem(`${block.id}.transcript`)}
      >
        <Textarea
          value={block.transcript ?? ''}
          resize="vertical"
          onChange={(_, data) => onChange({ ...block, transcript: data.value || undefined })}
        />
      </Field>
    </>
  );
}
