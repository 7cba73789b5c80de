import { Badge, Body1, Button, makeStyles, TableCell, TableRow, tokens } from '@fluentui/react-components';
import { DocumentTableRegular } from '@fluentui/react-icons';
import { type HrImportStatus, problemOf, useHrImport, useHrImports } from '@larnav/web/api-client';
import { ErrorState, formatInstant, ListFrame, LoadingState, Panel } from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAdminStyles } from '../shared/admin-page.styles';
import { HrFileUpload } from './HrFileUpload';
import { ImportChangesTable } from './ImportChangesTable';
import { ImportMappingForm } from './ImportMappingForm';
import { ImportOutcome } from './ImportOutcome';

const BADGE: Record<HrImportStatus, 'informative' | 'success' | 'warning' | 'danger' | 'brand'> = {
  unmapped: 'warning',
  planned: 'brand',
  queued: 'informative',
  applying: 'informative',
  applied: 'success',
  stale: 'warning',
  failed: 'danger',
};

const useStyles = makeStyles({
  heading: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

/**
 * Staff from the HR system's file: upload it, read the dry run (who is hired, moved, leaving, and
 * which rows are skipped and why), then apply it, all or nothing. The import shown is in the
 * address (`?import=`), so a reload or a shared link opens the same one.
 */
export function HrImportPage() {
  const { t } = useTranslation('admin');
  const styles = useAdminStyles();
  const [params, setParams] = useSearchParams();
  const selected = params.get('import');
  const select = (id: string) => setParams({ import: id });

  return (
    <div className={styles.stack}>
      <title>{t('hrImport.pageTitle')}</title>
      <Panel heading={t('hrImport.heading')}>
        <Body1 as="p" className={styles.intro}>
          {t('hrImport.intro')}
        </Body1>
        <HrFileUpload onPlanned={(detail) => select(detail.id)} />
      </Panel>
      {selected && <SelectedImport id={selected} />}
      <ImportHistory onSelect={select} selected={selected} />
    </div>
  );
}

function SelectedImport({ id }: { id: string }) {
  const { t, i18n } = useTranslation('admin');
  const styles = useStyles();
  const detail = useHrImport(id);
  const [editing, setEditing] = useState(false);
  if (detail.isPending) return <LoadingState />;
  if (detail.isError) return <ErrorState problem={problemOf(detail.error)} onRetry={() => detail.refetch()} />;
  const entry = detail.data;
  const mappable = ['unmapped', 'planned', 'stale', 'failed'].includes(entry.status);
  const language = i18n.resolvedLanguage ?? i18n.language;

  return (
    <Panel
      heading={t('hrImport.dryRun.heading', { file: entry.fileName })}
      actions={
        mappable && entry.status !== 'unmapped' ? (
          <Button onClick={() => setEditing(!editing)} aria-expanded={editing}>
            {t('hrImport.mapping.edit')}
          </Button>
        ) : undefined
      }
    >
      <div className={styles.heading}>
        <Badge appearance="tint" color={BADGE[entry.status]}>
          {t(`hrImport.status.${entry.status}`)}
        </Badge>
        <Body1>{t('hrImport.dryRun.uploaded', { when: formatInstant(entry.createdAt, language) })}</Body1>
      </div>
      {entry.status === 'unmapped' || (editing && mappable) ? (
        <ImportMappingForm key={entry.id} detail={entry} onDone={() => setEditing(false)} />
      ) : null}
      {entry.summary && (
        <>
          <ImportOutcome detail={entry} />
          <ImportChangesTable key={`${entry.id}-${entry.plannedOn}-${entry.status}`} detail={entry} />
        </>
      )}
    </Panel>
  );
}

function ImportHistory({ onSelect, selected }: { onSelect: (id: string) => void; selected: string | null }) {
  const { t, i18n } = useTranslation('admin');
  const styles = useAdminStyles();
  const imports = useHrImports();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const columns = [
    { key: 'file', label: t('hrImport.history.columns.file') },
    { key: 'uploaded', label: t('hrImport.history.columns.uploaded') },
    { key: 'status', label: t('hrImport.history.columns.status') },
    { key: 'changes', label: t('hrImport.history.columns.changes') },
  ];
  return (
    <Panel heading={t('hrImport.history.heading')}>
      <ListFrame
        query={imports}
        problem={problemOf(imports.error)}
        label={t('hrImport.history.heading')}
        columns={columns}
        empty={{ title: t('hrImport.history.empty'), icon: <DocumentTableRegular /> }}
        row={(entry) => (
          <TableRow key={entry.id} aria-current={entry.id === selected ? 'true' : undefined}>
            <TableCell>
              <Button appearance="transparent" onClick={() => onSelect(entry.id)}>
                {entry.fileName}
              </Button>
            </TableCell>
            <TableCell className={styles.nowrap}>{formatInstant(entry.createdAt, language)}</TableCell>
            <TableCell>{t(`hrImport.status.${entry.status}`)}</TableCell>
            <TableCell>
              {entry.summary
                ? t('hrImport.history.summary', {
                    hires: entry.summary.hires + entry.summary.rehires,
                    transfers: entry.summary.transfers,
                    leavers: entry.summary.leavers,
                    errors: entry.summary.errors,
                  })
                : ''}
            </TableCell>
          </TableRow>
        )}
      />
    </Panel>
  );
}
