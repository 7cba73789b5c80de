import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
  tokens,
} from '@fluentui/react-components';
import { type HrImportDetail, problemOf, useApplyHrImport, useRemapHrImport } from '@larnav/web/api-client';
import { formatInstant, FormProblem, useProblemMessage } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';

const COUNTS = ['hires', 'rehires', 'transfers', 'leavers', 'updates', 'unchanged', 'errors'] as const;

const useStyles = makeStyles({
  counts: {
    display: 'grid',
    // Two to a row on a phone, all seven in one on a desktop.
    gridTemplateColumns: 'repeat(auto-fill, minmax(8.5rem, 1fr))',
    gap: tokens.spacingVerticalS,
    margin: 0,
  },
  count: {
    display: 'flex',
    flexDirection: 'column-reverse',
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  number: { margin: 0, fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/** The dry run in numbers, and the one button that writes it, with its progress and outcome. */
export function ImportOutcome({ detail }: { detail: HrImportDetail }) {
  const { t, i18n } = useTranslation('admin');
  const styles = useStyles();
  const message = useProblemMessage();
  const apply = useApplyHrImport();
  const remap = useRemapHrImport();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const running = detail.status === 'queued' || detail.status === 'applying';
  const summary = detail.summary;

  return (
    <>
      {summary && (
        <dl className={styles.counts} aria-label={t('hrImport.summary.label', { rows: summary.rows })}>
          {COUNTS.map((count) => (
            <div key={count} className={styles.count}>
              <dt>{t(`hrImport.summary.${count}`)}</dt>
              <dd className={styles.number}>{summary[count]}</dd>
            </div>
          ))}
        </dl>
      )}
      {detail.sameFileAppliedAt && detail.status === 'planned' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t('hrImport.sameFile', { when: formatInstant(detail.sameFileAppliedAt, language) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {running && (
        <Field
          label={t('hrImport.progress.label')}
          validationState="none"
          validationMessage={t('hrImport.progress.text', { done: detail.progress.done, total: detail.progress.total })}
        >
          <ProgressBar value={detail.progress.done} max={Math.max(detail.progress.total, 1)} thickness="large" />
        </Field>
      )}
      <div role="status" aria-live="polite">
        {detail.status === 'applied' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('hrImport.applied.title')}</MessageBarTitle>
              {t('hrImport.applied.body', { when: detail.appliedAt ? formatInstant(detail.appliedAt, language) : '' })}
            </MessageBarBody>
          </MessageBar>
        )}
        {(detail.status === 'stale' || detail.status === 'failed') && (
          <MessageBar intent={detail.status === 'stale' ? 'warning' : 'error'} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t(`hrImport.${detail.status}.title`)}</MessageBarTitle>
              {t(`hrImport.${detail.status}.body`)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <FormProblem
        message={
          apply.isError ? message(problemOf(apply.error)) : remap.isError ? message(problemOf(remap.error)) : undefined
        }
      />
      <div className={styles.actions}>
        {detail.status === 'planned' && (
          <Button appearance="primary" disabled={apply.isPending} onClick={() => apply.mutate(detail.id)}>
            {t('hrImport.apply')}
          </Button>
        )}
        {(detail.status === 'stale' || detail.status === 'failed') && (
          <Button
            appearance="primary"
            disabled={remap.isPending}
            onClick={() => remap.mutate({ id: detail.id, mapping: detail.mapping })}
          >
            {t('hrImport.planAgain')}
          </Button>
        )}
      </div>
    </>
  );
}
