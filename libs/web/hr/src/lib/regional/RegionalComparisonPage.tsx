import { MessageBar, MessageBarBody, TableCell, TableRow } from '@fluentui/react-components';
import { GlobeRegular } from '@fluentui/react-icons';
import {
  type MunicipalityCoverage,
  problemOf,
  type SharedModuleComparison,
  useRegionalCoverage,
} from '@larnav/web/api-client';
import { EmptyState, ErrorState, type ListColumn, ListFrame, LoadingState, PageHeader, Panel } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useReportLanguage } from '../shared/format';
import { useHrStyles } from '../shared/hr.styles';
import { PercentageBar } from '../shared/PercentageBar';

/**
 * The region's comparison: for each module the region shares, every sharing municipality's
 * coverage side by side. The API gives whole-municipality counts only and never a group under
 * five; the page says so, so a missing municipality is not read as a failure.
 */
export function RegionalComparisonPage() {
  const { t } = useTranslation('hr');
  const styles = useHrStyles();
  const comparison = useRegionalCoverage();

  const body = () => {
    if (comparison.isPending) return <LoadingState />;
    if (comparison.isError)
      return <ErrorState problem={problemOf(comparison.error)} onRetry={() => comparison.refetch()} />;
    const { modules, ownMunicipalityShares, minimumGroup } = comparison.data;
    return (
      <>
        {!ownMunicipalityShares && (
          <MessageBar intent="info">
            <MessageBarBody>{t('regional.ownNotShared')}</MessageBarBody>
          </MessageBar>
        )}
        {modules.length === 0 ? (
          <EmptyState icon={<GlobeRegular />} title={t('regional.empty')}>
            {t('regional.emptyBody', { minimum: minimumGroup })}
          </EmptyState>
        ) : (
          modules.map((module) => <ModuleComparison key={module.moduleId} module={module} />)
        )}
      </>
    );
  };

  return (
    <>
      <PageHeader title={t('regional.title')} documentTitle={t('regional.pageTitle')}>
        {t('regional.intro', { minimum: comparison.data?.minimumGroup ?? 5 })}
      </PageHeader>
      <div className={styles.stack}>{body()}</div>
    </>
  );
}

function ModuleComparison({ module }: { module: SharedModuleComparison }) {
  const { t } = useTranslation('hr');
  const styles = useHrStyles();
  const language = useReportLanguage();
  const title = (language === 'en' && module.titleEn) || module.title;
  const label = t('regional.tableLabel', { module: title });
  const columns: ListColumn[] = (
    ['municipality', 'percentage', 'population', 'compliant', 'overdue', 'exempt', 'asOf'] as const
  ).map((key) => ({ key, label: t(`regional.columns.${key}`) }));

  const row = (entry: MunicipalityCoverage) => (
    <TableRow key={entry.tenantId}>
      <TableCell>{entry.name}</TableCell>
      <TableCell>
        <PercentageBar
          percentage={entry.percentage}
          label={(percentage) => t('coverage.bar', { unit: entry.name, percentage })}
        />
      </TableCell>
      <TableCell className={styles.numeric}>{entry.population}</TableCell>
      <TableCell className={styles.numeric}>{entry.compliant}</TableCell>
      <TableCell className={styles.numeric}>{entry.overdue}</TableCell>
      <TableCell className={styles.numeric}>{entry.exempt}</TableCell>
      <TableCell className={styles.nowrap}>{entry.asOf}</TableCell>
    </TableRow>
  );

  return (
    <Panel heading={title}>
      <ListFrame
        query={{ isPending: false, isError: false, data: module.municipalities, refetch: () => undefined }}
        problem={undefined}
        label={label}
        columns={columns}
        empty={{ title: t('regional.empty'), icon: <GlobeRegular /> }}
        row={row}
      />
    </Panel>
  );
}
