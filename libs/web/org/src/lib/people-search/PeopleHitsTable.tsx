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
import type { PersonHit } from '@larnav/web/api-client';
import { formatCalendarDate, RouteLink } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto' },
  table: { tableLayout: 'auto' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Search hits: today's staff first (as the API orders them), then leavers, each a link to the timeline. */
export function PeopleHitsTable({ people }: { people: readonly PersonHit[] }) {
  const { t, i18n } = useTranslation('org');
  const styles = useStyles();
  const whereNow = (person: PersonHit) => {
    if (person.units.length > 0) return person.units.map((u) => `${u.orgUnitName} (${u.jobRole})`).join(', ');
    if (person.leftOn) return t('peopleSearch.leftOn', { date: formatCalendarDate(person.leftOn, i18n.language) });
    return t('peopleSearch.noEmployment');
  };
  return (
    // Focusable so that keyboard users can scroll it sideways too (WCAG 2.1.1).
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={t('peopleSearch.tableRegion')}>
      <Table size="small" aria-label={t('peopleSearch.tableRegion')} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('peopleSearch.columns.name')}</TableHeaderCell>
            <TableHeaderCell>{t('peopleSearch.columns.employeeNumber')}</TableHeaderCell>
            <TableHeaderCell>{t('peopleSearch.columns.unit')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {people.map((person) => (
            <TableRow key={person.id}>
              <TableCell>
                <TableCellLayout description={person.email}>
                  <RouteLink to={`/people/${person.id}`}>{person.name}</RouteLink>
                </TableCellLayout>
              </TableCell>
              <TableCell>{person.employeeNumber ?? '–'}</TableCell>
              <TableCell className={person.units.length ? undefined : styles.muted}>{whereNow(person)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
