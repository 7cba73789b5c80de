import { Badge, TableCell, TableCellLayout, TableRow, Text } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { problemOf, useCatalogModule, type ModuleVersionSummary, type VersionChanges } from '@larnav/web/api-client';
import { formatInstant, ListFrame, PageHeader, Panel, RouteLink } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAuthoringStyles } from '../shared/authoring.styles';

const STATUS_COLOR = { draft: 'warning', published: 'success', retired: 'informative' } as const;

/** Every version of a module: when and by whom it was published, why, and what changed. */
export function VersionHistoryPage() {
  const { t, i18n } = useTranslation('authoring');
  const styles = useAuthoringStyles();
  const { moduleId = '' } = useParams();
  const detail = useCatalogModule(moduleId);
  const title = detail.data?.title ?? '';
  return (
    <div className={styles.stack}>
      <PageHeader title={t('history.heading', { title })} documentTitle={t('history.pageTitle', { title })}>
        {t('history.intro')}
      </PageHeader>
      <div className={styles.row}>
        <RouteLink to={`/modules/${moduleId}`}>{t('history.backToModule')}</RouteLink>
      </div>
      <Panel heading={t('history.versions')}>
        <ListFrame<ModuleVersionSummary>
          query={{ ...detail, data: detail.data?.versions }}
          problem={problemOf(detail.error)}
          label={t('history.versions')}
          columns={[
            { key: 'number', label: t('history.columns.number') },
            { key: 'status', label: t('history.columns.status') },
            { key: 'published', label: t('history.columns.published') },
            { key: 'note', label: t('history.columns.note') },
            { key: 'significance', label: t('history.columns.significance') },
            { key: 'completion', label: t('history.columns.completion') },
            { key: 'changes', label: t('history.columns.changes') },
          ]}
          empty={{ icon: <HistoryRegular />, title: t('history.empty') }}
          row={(version) => (
            <TableRow key={version.id}>
              <TableCell>{version.number}</TableCell>
              <TableCell>
                <Badge appearance="tint" color={STATUS_COLOR[version.status]}>
                  {t(`history.status.${version.status}`)}
                </Badge>
              </TableCell>
              <TableCell>
                {version.publishedAt ? (
                  <TableCellLayout description={version.publishedByName ?? undefined}>
                    <span className={styles.nowrap}>{formatInstant(version.publishedAt, i18n.language)}</span>
                  </TableCellLayout>
                ) : (
                  <Text className={styles.muted}>{t('history.notPublished')}</Text>
                )}
              </TableCell>
              <TableCell>{version.changeNote ?? ''}</TableCell>
              <TableCell>{version.significance ? t(`history.significance.${version.significance}`) : ''}</TableCell>
              <TableCell>
                {t(`completion.requirements.${version.completionRequirement}`)}
                {version.partOrder !== 'any' ? ` (${t(`completion.orders.${version.partOrder}`)})` : ''}
              </TableCell>
              <TableCell>
                <ChangeSummary changes={version.changes as VersionChanges | null} first={version.number === 1} />
              </TableCell>
            </TableRow>
          )}
        />
      </Panel>
    </div>
  );
}

function ChangeSummary({ changes, first }: { changes: VersionChanges | null; first: boolean }) {
  const { t } = useTranslation('authoring');
  if (!changes) return null;
  const lines = [
    ...(changes.titleChanged ? [t('history.changes.title')] : []),
    ...(changes.lessonsAdded.length > 0 && !first
      ? [t('history.changes.added', { lessons: changes.lessonsAdded.join(', ') })]
      : []),
    ...(changes.lessonsRemoved.length > 0
      ? [t('history.changes.removed', { lessons: changes.lessonsRemoved.join(', ') })]
      : []),
    ...(changes.lessonsChanged.length > 0
      ? [t('history.changes.changed', { lessons: changes.lessonsChanged.join(', ') })]
      : []),
    ...(changes.lessonsMoved ? [t('history.changes.moved')] : []),
  ];
  if (first) lines.unshift(t('history.changes.first', { count: changes.lessonsAdded.length }));
  if (lines.length === 0) lines.push(t('history.changes.none'));
  return (
    <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
