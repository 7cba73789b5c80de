import {
  Badge,
  Body1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { BriefcaseRegular } from '@fluentui/react-icons';
import type { Role } from '@larnav/contracts';
import { type Me, useMe, useOrgTree } from '@larnav/web/api-client';
import { MyDataDownload } from '@larnav/web/learner';
import {
  EmptyState,
  formatCalendarDate,
  LoadingState,
  PageHeader,
  Panel,
  sortRoles,
  todayInStockholm,
  useRoleLabel,
} from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { employmentStatus } from './employment-status';

const useStyles = makeStyles({
  columns: {
    display: 'grid',
    gap: tokens.spacingHorizontalXL,
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 1000px)': {
      gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 2fr)',
      alignItems: 'start',
    },
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    margin: 0,
  },
  term: {
    ...typographyStyles.body1Strong,
    color: tokens.colorNeutralForeground2,
  },
  value: { margin: 0, overflowWrap: 'anywhere' },
  roles: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  roleList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  scroller: { overflowX: 'auto' },
  table: { tableLayout: 'auto' },
  date: { whiteSpace: 'nowrap' },
  caption: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The signed-in person's own details, roles and employments, as Lärnav knows them. */
export function MyAccountPage() {
  const { t } = useTranslation('shell');
  const me = useMe();
  if (!me.data) return <LoadingState />;
  return (
    <>
      <PageHeader title={t('myAccount.title')} documentTitle={t('myAccount.pageTitle')}>
        {t('myAccount.intro')}
      </PageHeader>
      <MyAccount me={me.data} />
    </>
  );
}

function MyAccount({ me }: { me: Me }) {
  const { t, i18n } = useTranslation('shell');
  const styles = useStyles();
  const roleLabel = useRoleLabel();
  const today = todayInStockholm();
  const hrUnits = useHrUnitNames(me, today);
  const employments = [...me.person.employments].reverse(); // newest first
  const date = (value: string) => formatCalendarDate(value, i18n.language);

  return (
    <div className={styles.columns}>
      <Panel heading={t('myAccount.details.heading')}>
        <dl className={styles.facts}>
          <dt className={styles.term}>{t('myAccount.details.name')}</dt>
          <dd className={styles.value}>{me.person.name}</dd>
          <dt className={styles.term}>{t('myAccount.details.email')}</dt>
          <dd className={styles.value}>{me.person.email}</dd>
          <dt className={styles.term}>{t('myAccount.details.roles')}</dt>
          <dd className={styles.value}>
            <ul className={styles.roles}>
              {sortRoles(me.roles as Role[]).map((role) => (
                <li key={role}>
                  <Badge appearance="tint" color="brand" size="large">
                    {roleLabel(role)}
                  </Badge>
                </li>
              ))}
            </ul>
          </dd>
          {hrUnits.length > 0 && (
            <>
              <dt className={styles.term}>{t('myAccount.details.hrUnits')}</dt>
              <dd className={styles.value}>{hrUnits.join(', ')}</dd>
            </>
          )}
        </dl>
        <div>
          <MyDataDownload />
        </div>
      </Panel>
      <Panel heading={t('myAccount.employments.heading')}>
        {employments.length === 0 ? (
          <EmptyState icon={<BriefcaseRegular />} title={t('myAccount.employments.empty')} />
        ) : (
          <>
            <Body1 as="p" className={styles.caption}>
              {t('myAccount.employments.caption')}
            </Body1>
            <div className={styles.scroller} tabIndex={0} role="region" aria-label={t('myAccount.employments.heading')}>
              <Table size="small" className={styles.table}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('myAccount.employments.unit')}</TableHeaderCell>
                    <TableHeaderCell>{t('myAccount.employments.jobRole')}</TableHeaderCell>
                    <TableHeaderCell>{t('myAccount.employments.period')}</TableHeaderCell>
                    <TableHeaderCell>{t('myAccount.employments.status')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {employments.map((employment) => {
                    const status = employmentStatus(employment, today);
                    return (
                      <TableRow key={employment.id}>
                        <TableCell>{employment.orgUnitName}</TableCell>
                        <TableCell>{employment.jobRole}</TableCell>
                        <TableCell>
                          <span className={styles.date}>{date(employment.startDate)}</span>
                          {' – '}
                          <span className={styles.date}>
                            {employment.endDate
                              ? date(employment.endDate)
                              : t('myAccount.employments.untilFurtherNotice')}
                          </span>
                        </TableCell>
                        <TableCell>
                          <Badge
                            appearance={status === 'current' ? 'filled' : 'outline'}
                            color={status === 'current' ? 'success' : 'informative'}
                          >
                            {t(`myAccount.employments.statuses.${status}`)}
                          </Badge>
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </div>
          </>
        )}
      </Panel>
    </div>
  );
}

/** The units an HR officer answers for, by name: only HR has them, and HR may read the tree. */
function useHrUnitNames(me: Me, today: string): string[] {
  const tree = useOrgTree(today, { enabled: me.hrUnitIds.length > 0 });
  if (me.hrUnitIds.length === 0) return [];
  const units = tree.data?.units ?? [];
  return me.hrUnitIds.map((id) => units.find((unit) => unit.id === id)?.name ?? '…');
}
