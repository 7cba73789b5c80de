import { Button, TableCell, TableRow } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular, TaskListSquareLtrRegular } from '@fluentui/react-icons';
import { type PendingApproval, problemOf, useDecideApproval, useTeamApprovals } from '@larnav/web/api-client';
import { formatInstant, type ListColumn, ListFrame, Panel, useNotify, useProblemMessage } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useHrStyles } from '../shared/hr.styles';

/** Att godkänna: bookings of sessions that need the manager's approval, to approve or decline. */
export function ApprovalsPanel() {
  const { t, i18n } = useTranslation('hr');
  const styles = useHrStyles();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const approvals = useTeamApprovals();
  const decide = useDecideApproval();
  const label = t('approvals.heading');

  const answer = (approval: PendingApproval, decision: 'approve' | 'decline') =>
    decide.mutate(
      { bookingId: approval.bookingId, decision },
      {
        onSuccess: (result) => notify(t(`approvals.done.${result.status}`, { name: approval.person.name })),
        onError: (error) => notify(problemMessage(problemOf(error)), 'error'),
      },
    );

  const columns: ListColumn[] = [
    ...(['person', 'module', 'when', 'place'] as const).map((key) => ({ key, label: t(`approvals.columns.${key}`) })),
    { key: 'actions', label: t('coverage.columns.actions'), muted: true },
  ];
  const row = (approval: PendingApproval) => (
    <TableRow key={approval.bookingId}>
      <TableCell>{approval.person.name}</TableCell>
      <TableCell>{approval.session.moduleTitle}</TableCell>
      <TableCell className={styles.nowrap}>{formatInstant(approval.session.startsAt, i18n.language)}</TableCell>
      <TableCell>{approval.session.place ?? '–'}</TableCell>
      <TableCell>
        <span className={styles.actions}>
          <Button
            size="small"
            appearance="primary"
            icon={<CheckmarkRegular />}
            disabled={decide.isPending}
            aria-label={t('approvals.approveFor', { name: approval.person.name })}
            onClick={() => answer(approval, 'approve')}
          >
            {t('approvals.approve')}
          </Button>
          <Button
            size="small"
            icon={<DismissRegular />}
            disabled={decide.isPending}
            aria-label={t('approvals.declineFor', { name: approval.person.name })}
            onClick={() => answer(approval, 'decline')}
          >
            {t('approvals.decline')}
          </Button>
        </span>
      </TableCell>
    </TableRow>
  );

  return (
    <Panel heading={label}>
      <ListFrame
        query={{
          isPending: approvals.isPending,
          isError: approvals.isError,
          data: approvals.data?.approvals,
          refetch: approvals.refetch,
        }}
        problem={problemOf(approvals.error)}
        label={label}
        columns={columns}
        empty={{ title: t('approvals.empty'), icon: <TaskListSquareLtrRegular /> }}
        row={row}
      />
    </Panel>
  );
}
