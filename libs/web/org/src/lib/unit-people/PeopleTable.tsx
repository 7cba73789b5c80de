import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { UnitPerson } from '@larnav/web/api-client';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  // Narrow screens scroll the table sideways rather than crushing its columns.
  scroller: { overflowX: 'auto' },
  // Let columns size to their content (Fluent's default is equal fixed widths).
  table: { tableLayout: 'auto' },
  period: { color: tokens.colorNeutralForeground2 },
  date: { whiteSpace: 'nowrap' },
});

export interface PeopleTableProps {
  people: readonly UnitPerson[];
  labelledBy: string;
}

export function PeopleTable({ people, labelledBy }: PeopleTableProps) {
  const { t } = useTranslation('org');
  const styles = useStyles();
  // Swedish names sort the Swedish way (Å, Ä, Ö last) whatever language the page is in.
  const byName = [...people].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    // Focusable so that keyboard users can scroll it sideways too (WCAG 2.1.1).
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={t('people.tableRegion')}>
      <Table size="small" aria-labelledby={labelledBy} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('people.columns.name')}</TableHeaderCell>
            <TableHeaderCell>{t('people.columns.jobRole')}</TableHeaderCell>
            <TableHeaderCell>{t('people.columns.unit')}</TableHeaderCell>
            <TableHeaderCell>{t('people.columns.period')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {byName.map((person) => (
            <TableRow key={person.employmentId}>
              <TableCell>
                <TableCellLayout description={person.email}>{person.name}</TableCellLayout>
              </TableCell>
              <TableCell>{person.jobRole}</TableCell>
              <TableCell>{person.orgUnitName}</TableCell>
              <TableCell className={styles.period}>
                <span className={styles.date}>{person.startDate}</span> –{' '}
                <span className={styles.date}>{person.endDate ?? t('people.untilFurtherNotice')}</span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
