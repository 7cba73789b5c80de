import { Body1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { PeopleCheckmarkRegular } from '@fluentui/react-icons';
import { problemOf, useNeedsPlacement } from '@larnav/web/api-client';
import { EmptyState, ErrorState, formatInstant, LoadingState, Panel } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useAdminStyles } from '../shared/admin-page.styles';

/**
 * People the identity system put in a department no unit matches. They are not turned away
 * (Entra would retry forever) but wait here, with the department as it was written, to be placed.
 */
export function NeedsPlacementPage() {
  const { t, i18n } = useTranslation('admin');
  const styles = useAdminStyles();
  const needs = useNeedsPlacement();

  const content = () => {
    if (needs.isPending) return <LoadingState />;
    if (needs.isError) return <ErrorState problem={problemOf(needs.error)} onRetry={() => needs.refetch()} />;
    if (needs.data.length === 0) {
      return <EmptyState icon={<PeopleCheckmarkRegular />} title={t('placement.empty')} />;
    }
    return (
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={t('placement.heading')}>
        <Table size="small" className={styles.table} aria-label={t('placement.heading')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('placement.columns.person')}</TableHeaderCell>
              <TableHeaderCell>{t('placement.columns.email')}</TableHeaderCell>
              <TableHeaderCell>{t('placement.columns.department')}</TableHeaderCell>
              <TableHeaderCell>{t('placement.columns.reportedAt')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {needs.data.map((need) => (
              <TableRow key={need.personId}>
                <TableCell>{need.name}</TableCell>
                <TableCell>{need.email}</TableCell>
                <TableCell>
                  <span className={styles.code}>{need.department}</span>
                </TableCell>
                <TableCell className={styles.nowrap}>
                  {formatInstant(need.reportedAt, i18n.resolvedLanguage ?? i18n.language)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    );
  };

  return (
    <div className={styles.stack}>
      <title>{t('placement.pageTitle')}</title>
      <Panel heading={t('placement.heading')}>
        <Body1 as="p" className={styles.intro}>
          {t('placement.intro')}
        </Body1>
        {content()}
      </Panel>
    </div>
  );
}
