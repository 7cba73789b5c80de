import { Body1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { PeopleCheckmarkRegular } from '@fluentui/react-icons';
import { problemOf, useNeedsPlacement } from '@larnav/web/api-client';
import { formatInstant, ListFrame, Panel } from '@larnav/web/ui';
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

  const columns = [
    { key: 'person', label: t('placement.columns.person') },
    { key: 'email', label: t('placement.columns.email') },
    { key: 'department', label: t('placement.columns.department') },
    { key: 'reportedAt', label: t('placement.columns.reportedAt') },
  ];

  return (
    <div className={styles.stack}>
      <title>{t('placement.pageTitle')}</title>
      <Panel heading={t('placement.heading')}>
        <Body1 as="p" className={styles.intro}>
          {t('placement.intro')}
        </Body1>
        <ListFrame
          query={needs}
          problem={problemOf(needs.error)}
          label={t('placement.heading')}
          columns={columns}
          empty={{ title: t('placement.empty'), icon: <PeopleCheckmarkRegular /> }}
          row={(need) => (
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
          )}
        />
      </Panel>
    </div>
  );
}
