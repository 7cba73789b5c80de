import {
  Body1,
  Button,
  Field,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import {
  type HrImportChange,
  type HrImportChangeKind,
  type HrImportDetail,
  problemOf,
  useHrImportChanges,
} from '@larnav/web/api-client';
import { ErrorState, formatCalendarDate, LoadingState } from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminStyles } from '../shared/admin-page.styles';

const PAGE = 100;
const KINDS: HrImportChangeKind[] = ['hire', 'rehire', 'transfer', 'leaver', 'update', 'error'];

const useStyles = makeStyles({
  filter: { maxWidth: '20rem' },
  problem: { color: tokens.colorPaletteRedForeground1, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  more: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

/** Every line of the dry run: who is hired, moved, leaving or skipped, and why a row is skipped. */
export function ImportChangesTable({ detail }: { detail: HrImportDetail }) {
  const { t, i18n } = useTranslation('admin');
  const styles = useStyles();
  const admin = useAdminStyles();
  const [kind, setKind] = useState<HrImportChangeKind | null>(null);
  const [offset, setOffset] = useState(0);
  const changes = useHrImportChanges(detail.id, kind, offset, PAGE);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const date = (value: string | null) => (value ? formatCalendarDate(value, language) : '');

  const placement = (value: HrImportChange['before']) =>
    value ? `${value.unitName}${value.unitCode ? ` (${value.unitCode})` : ''}, ${value.jobRole}` : '';

  return (
    <>
      <Field label={t('hrImport.changes.filter')} className={styles.filter}>
        <Select
          value={kind ?? ''}
          onChange={(_event, data) => {
            setKind((data.value || null) as HrImportChangeKind | null);
            setOffset(0);
          }}
        >
          <option value="">{t('hrImport.changes.all')}</option>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`hrImport.kinds.${value}`)}
            </option>
          ))}
        </Select>
      </Field>
      {changes.isPending ? (
        <LoadingState />
      ) : changes.isError ? (
        <ErrorState problem={problemOf(changes.error)} onRetry={() => changes.refetch()} />
      ) : changes.data.total === 0 ? (
        <Body1>{t('hrImport.changes.none')}</Body1>
      ) : (
        <>
          <div className={admin.scroller}>
            <Table className={admin.table} aria-label={t('hrImport.changes.label')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('hrImport.changes.columns.line')}</TableHeaderCell>
                  <TableHeaderCell>{t('hrImport.changes.columns.person')}</TableHeaderCell>
                  <TableHeaderCell>{t('hrImport.changes.columns.kind')}</TableHeaderCell>
                  <TableHeaderCell>{t('hrImport.changes.columns.before')}</TableHeaderCell>
                  <TableHeaderCell>{t('hrImport.changes.columns.after')}</TableHeaderCell>
                  <TableHeaderCell>{t('hrImport.changes.columns.from')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {changes.data.items.map((change) => (
                  <TableRow key={`${change.line ?? 'x'}-${change.personId ?? change.employeeNumber}`}>
                    <TableCell>{change.line ?? t('hrImport.changes.notInFile')}</TableCell>
                    <TableCell>
                      {change.name || t('hrImport.changes.noName')}
                      {change.employeeNumber && <span className={admin.muted}> · {change.employeeNumber}</span>}
                    </TableCell>
                    <TableCell>
                      {t(`hrImport.kinds.${change.kind}`)}
                      {change.changed.length > 0 && (
                        <span className={admin.muted}>
                          {' '}
                          ({change.changed.map((detail) => t(`hrImport.details.${detail}`)).join(', ')})
                        </span>
                      )}
                    </TableCell>
                    <TableCell>{placement(change.before)}</TableCell>
                    <TableCell>
                      {change.kind === 'error' ? (
                        <ul className={styles.problem}>
                          {change.problems.map((problem) => (
                            <li key={`${problem.code}-${problem.field}`}>
                              {t(`hrImport.problems.${problem.code}`, {
                                line: change.line,
                                value: problem.value ?? '',
                                otherLine: problem.otherLine,
                                field: problem.field ? t(`hrImport.fields.${problem.field}`) : '',
                                defaultValue: problem.detail,
                              })}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <>
                          {placement(change.after)}
                          {change.after?.endDate && (
                            <span className={admin.muted}>
                              {' '}
                              {t('hrImport.changes.until', { date: date(change.after.endDate) })}
                            </span>
                          )}
                        </>
                      )}
                    </TableCell>
                    <TableCell className={admin.nowrap}>{date(change.effectiveOn)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <div className={styles.more}>
            <Body1 aria-live="polite">
              {t('hrImport.changes.shown', {
                from: offset + 1,
                to: offset + changes.data.items.length,
                total: changes.data.total,
              })}
            </Body1>
            <Button onClick={() => setOffset(Math.max(0, offset - PAGE))} disabled={offset === 0 || changes.isFetching}>
              {t('hrImport.changes.previous')}
            </Button>
            <Button
              onClick={() => setOffset(offset + PAGE)}
              disabled={offset + PAGE >= changes.data.total || changes.isFetching}
            >
              {t('hrImport.changes.next')}
            </Button>
          </div>
        </>
      )}
    </>
  );
}
