import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { PersonDetails } from '@larnav/web/api-client';
import { EmptyState, formatCalendarDate } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useTimelineStyles } from './timeline.styles';

export function EmploymentsTable({ employments }: { employments: PersonDetails['employments'] }) {
  const { t, i18n } = useTranslation('org');
  const styles = useTimelineStyles();
  if (employments.length === 0) return <EmptyState title={t('timeline.employments.empty')} />;
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={t('timeline.employments.heading')}>
      <Table size="small" aria-label={t('timeline.employments.heading')} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('people.columns.unit')}</TableHeaderCell>
            <TableHeaderCell>{t('people.columns.jobRole')}</TableHeaderCell>
            <TableHeaderCell>{t('people.columns.period')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {/* Newest first, like the events below. */}
          {[...employments].reverse().map((e) => (
            <TableRow key={e.id}>
              <TableCell>{e.orgUnitName}</TableCell>
              <TableCell>{e.jobRole}</TableCell>
              <TableCell className={styles.date}>
                {formatCalendarDate(e.startDate, i18n.language)} –{' '}
                {e.endDate ? formatCalendarDate(e.endDate, i18n.language) : t('people.untilFurtherNotice')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
