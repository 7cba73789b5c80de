import { Button, TableCell, TableRow } from '@fluentui/react-components';
import { PeopleTeamRegular } from '@fluentui/react-icons';
import { type ModuleCoverage, problemOf, useMyTeam } from '@larnav/web/api-client';
import {
  EmptyState,
  ErrorState,
  ListFrame,
  type ListColumn,
  LoadingState,
  PageHeader,
  Panel,
  todayInStockholm,
} from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moduleTitle, useReportLanguage } from '../shared/format';
import { useHrStyles } from '../shared/hr.styles';
import { PercentageBar } from '../shared/PercentageBar';
import { LiveSessionStandingPanel } from '../live-sessions/LiveSessionStandingPanel';
import { ApprovalsPanel } from './ApprovalsPanel';
import { TeamPeoplePanel } from './TeamPeoplePanel';

const COUNTS = ['population', 'compliant', 'inProgress', 'notStarted', 'overdue', 'exempt'] as const;

/**
 * Mitt team: a manager's own team with the same numbers HR sees for the same people, each
 * person's standing per required module, reminders to those behind, and bookings to approve.
 * Anyone signed in may open it; someone who manages no one is told so.
 */
export function MyTeamPage() {
  const { t } = useTranslation('hr');
  const styles = useHrStyles();
  const language = useReportLanguage();
  const today = todayInStockholm();
  const team = useMyTeam(today);
  const [moduleId, setModuleId] = useState<string | null>(null);

  const body = () => {
    if (team.isPending) return <LoadingState />;
    if (team.isError) return <ErrorState problem={problemOf(team.error)} onRetry={() => team.refetch()} />;
    const { modules, totals, manages, size } = team.data;
    if (!manages)
      return (
        <EmptyState icon={<PeopleTeamRegular />} title={t('myTeam.noTeam')}>
          {t('myTeam.noTeamBody')}
        </EmptyState>
      );
    const titleOf = (id: string) =>
      moduleTitle(
        modules.find((m) => m.id === id),
        language,
      );
    const label = t('myTeam.totalsLabel', { asOf: today, size });
    const columns: ListColumn[] = [
      { key: 'module', label: t('myTeam.columns.module') },
      ...COUNTS.map((key) => ({ key, label: t(`myTeam.columns.${key}`) })),
      { key: 'percentage', label: t('coverage.columns.percentage') },
      { key: 'actions', label: t('coverage.columns.actions'), muted: true },
    ];
    const row = (entry: ModuleCoverage) => (
      <TableRow key={entry.moduleId}>
        <TableCell>{titleOf(entry.moduleId)}</TableCell>
        {COUNTS.map((key) => (
          <TableCell key={key} className={styles.numeric}>
            {entry[key]}
          </TableCell>
        ))}
        <TableCell>
          <PercentageBar
            percentage={entry.percentage}
            label={(percentage) => t('myTeam.bar', { module: titleOf(entry.moduleId), percentage })}
          />
        </TableCell>
        <TableCell>
          <Button
            size="small"
            aria-pressed={moduleId === entry.moduleId}
            aria-label={t('myTeam.showPeopleFor', { module: titleOf(entry.moduleId) })}
            onClick={() => setModuleId(moduleId === entry.moduleId ? null : entry.moduleId)}
          >
            {t('coverage.showPeople')}
          </Button>
        </TableCell>
      </TableRow>
    );
    return (
      <>
        <Panel heading={t('myTeam.totalsHeading', { size })}>
          <ListFrame
            query={{ isPending: false, isError: false, data: totals, refetch: team.refetch }}
            problem={undefined}
            label={label}
            columns={columns}
            empty={{ title: t('myTeam.noModules'), icon: <PeopleTeamRegular /> }}
            row={row}
          />
        </Panel>
        <TeamPeoplePanel
          key={moduleId ?? 'all'}
          moduleId={moduleId}
          moduleTitle={moduleId ? titleOf(moduleId) : null}
          today={today}
        />
        {moduleId && (
          <LiveSessionStandingPanel
            key={moduleId}
            source="my-team"
            orgUnitId={null}
            scopeName={t('myTeam.teamScope')}
            moduleId={moduleId}
            moduleTitle={titleOf(moduleId)}
          />
        )}
      </>
    );
  };

  return (
    <>
      <PageHeader title={t('myTeam.title')} documentTitle={t('myTeam.pageTitle')}>
        {t('myTeam.intro')}
      </PageHeader>
      <div className={styles.stack}>
        {body()}
        <ApprovalsPanel />
      </div>
    </>
  );
}
