import { Button, Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { type MediaKind, problemOf, type UploadedMedia, useUploadMedia } from '@larnav/web/api-client';
import { useFileInputStyles, useProblemMessage } from '@larnav/web/ui';
import { type ChangeEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';

const ACCEPT: Record<MediaKind, string> = {
  image: 'image/png,image/jpeg,image/gif,image/webp',
  video: 'video/mp4,video/webm,video/quicktime',
  document: '.pdf,.docx,.xlsx,.pptx,.odt,.txt',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface MediaUploadProps {
  moduleId: string;
  kind: MediaKind;
  /** The field's label, e.g. "Bildfil". */
  label: string;
  /** Whether a file is already there: the input then says it replaces it. */
  hasFile: boolean;
  onUploaded: (media: UploadedMedia) => void;
  /** Why the block is not complete yet (no file), from the draft's check. */
  problem?: string;
}

/**
 * A file input with a progress bar while the file goes up, and the outcome said in a polite
 * live region: done, or why not (too large, not that kind of file).
 */
export function MediaUpload({ moduleId, kind, label, hasFile, onUploaded, problem }: MediaUploadProps) {
  const { t } = useTranslation('authoring');
  const styles = useStyles();
  const file = useFileInputStyles();
  const inputId = useId();
  const problemId = useId();
  const problemMessage = useProblemMessage();
  const { state, upload, cancel } = useUploadMedia(moduleId);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const media = await upload(kind, file);
    if (media) onUploaded(media);
  };

  return (
    <div className={styles.root}>
      <label htmlFor={inputId} className={file.label}>
        {hasFile ? t('upload.replace', { label }) : label}
      </label>
      <input
        id={inputId}
        type="file"
        accept={ACCEPT[kind]}
        className={file.input}
        disabled={state.status === 'uploading'}
        aria-describedby={problem && !hasFile ? problemId : undefined}
        onChange={(event) => void choose(event)}
      />
      {problem && !hasFile && state.status !== 'uploading' && (
        <Text id={problemId} size={200} className={styles.error}>
          {problem}
        </Text>
      )}
      {state.status === 'uploading' && (
        <>
          <Field
            label={t('upload.progress', {
              name: state.fileName,
              percent: Math.round((state.sent / Math.max(state.total, 1)) * 100),
            })}
          >
            <ProgressBar value={state.sent} max={Math.max(state.total, 1)} thickness="large" />
          </Field>
          <Button size="small" onClick={cancel}>
            {t('upload.cancel')}
          </Button>
        </>
      )}
      <div aria-live="polite" role="status">
        {state.status === 'done' && <Text size={200}>{t('upload.done', { name: state.media.fileName })}</Text>}
        {state.status === 'failed' && (
          <Text size={200} className={styles.error}>
            {t('upload.failed', { name: state.fileName, reason: problemMessage(problemOf(state.error)) })}
          </Text>
        )}
      </div>
    </div>
  );
}
