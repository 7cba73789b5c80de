import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { type HrImportDetail, problemOf, useUploadHrFile } from '@larnav/web/api-client';
import { FormProblem, useFileInputStyles, useProblemMessage } from '@larnav/web/ui';
import { type ChangeEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
});

/** Choosing the file starts its dry run at once: reading it changes nothing about anyone. */
export function HrFileUpload({ onPlanned }: { onPlanned: (detail: HrImportDetail) => void }) {
  const { t } = useTranslation('admin');
  const styles = useStyles();
  const file = useFileInputStyles();
  const inputId = useId();
  const hintId = useId();
  const upload = useUploadHrFile();
  const message = useProblemMessage();

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) upload.mutate(file, { onSuccess: onPlanned });
  };

  return (
    <div className={styles.root}>
      <label htmlFor={inputId} className={file.label}>
        {t('hrImport.upload.label')}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className={file.input}
        aria-describedby={hintId}
        disabled={upload.isPending}
        onChange={chosen}
      />
      <Text id={hintId} size={200} className={styles.hint}>
        {t('hrImport.upload.hint')}
      </Text>
      {upload.isPending && <Spinner size="tiny" labelPosition="after" label={t('hrImport.upload.reading')} />}
      <FormProblem message={upload.isError ? message(problemOf(upload.error)) : undefined} />
    </div>
  );
}
