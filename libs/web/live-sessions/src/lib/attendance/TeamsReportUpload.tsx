import {
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { type AttendanceReport, problemOf, useUploadAttendanceReport } from '@larnav/web/api-client';
import { FormProblem, useFileInputStyles, useProblemMessage } from '@larnav/web/ui';
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
  scroller: { overflowX: 'auto' },
});

const KNOWN_OUTCOMES = [
  'attended',
  'partly-attended',
  'unknown-person',
  'not-booked',
  'no-email',
  'unreadable-duration',
];

/** The attendance report Teams exports, uploaded as it is; each of its rows gets an outcome. */
export function TeamsReportUpload({ sessionId, disabled }: { sessionId: string; disabled: boolean }) {
  const { t } = useTranslation('live-sessions');
  const styles = useStyles();
  const file = useFileInputStyles();
  const inputId = useId();
  const hintId = useId();
  const upload = useUploadAttendanceReport(sessionId);
  const message = useProblemMessage();
  const [report, setReport] = useState<AttendanceReport | null>(null);

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const chosenFile = event.target.files?.[0];
    event.target.value = '';
    if (chosenFile) upload.mutate(chosenFile, { onSuccess: setReport });
  };
  const label = t('teams.results');

  return (
    <div className={styles.root}>
      <label htmlFor={inputId} className={file.label}>
        {t('teams.label')}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
        className={file.input}
        aria-describedby={hintId}
        disabled={disabled || upload.isPending}
        onChange={chosen}
      />
      <Text id={hintId} size={200} className={styles.hint}>
        {t('teams.hint')}
      </Text>
      {upload.isPending && <Spinner size="tiny" labelPosition="after" label={t('teams.reading')} />}
      <FormProblem message={upload.isError ? message(problemOf(upload.error)) : undefined} />
      {report && (
        <>
          <Text as="p" role="status">
            {t('teams.summary', { marked: report.marked, rows: report.rows.length })}
          </Text>
          <div className={styles.scroller} role="region" aria-label={label} tabIndex={0}>
            <Table size="small" aria-label={label}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('teams.line')}</TableHeaderCell>
                  <TableHeaderCell>{t('teams.name')}</TableHeaderCell>
                  <TableHeaderCell>{t('teams.email')}</TableHeaderCell>
                  <TableHeaderCell>{t('teams.outcome')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.rows.map((row) => (
                  <TableRow key={row.line}>
                    <TableCell>{row.line}</TableCell>
                    <TableCell>{row.name}</TableCell>
                    <TableCell>{row.email ?? '–'}</TableCell>
                    <TableCell>
                      {KNOWN_OUTCOMES.includes(row.outcome) ? t(`teams.outcomes.${row.outcome}`) : row.outcome}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </div>
  );
}
