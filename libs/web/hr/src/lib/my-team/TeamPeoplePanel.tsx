import { Badge, Button, TableCell, TableRow, Text } from '@fluentui/react-components';
import { MailRegular, PeopleRegular } from '@fluentui/react-icons';
import {
  type CoveragePerson,
  type CoverageStatus,
  problemOf,
  useMyTeamPeople,
  useSendTeamReminder,
} from '@larnav/web/api-client';
import { addCalendarDays, type ListColumn, ListFrame, Panel, useNotify, useProblemMessage } from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PEOPLE_PAGE_SIZE, PeoplePager, STATUS_COLOR, StatusFilter } from '../shared/PeoplePaging';
import { useHrStyles } from '../shared/hr.styles';

/** Not done this close to the due date counts as behind, as overdue does (the API's REMIND_WITHIN_DAYS). */
export const REMIND_WITHIN_DAYS = 14;

/** Whom a manager may remind: overdue, or not done and due within two weeks. */
export function isBehind(person: Pick<CoveragePerson, 'status' | 'dueDate'>, today: string): boolean {
  if (person.status === 'overdue') return true;
  if (person.status !== 'not-started' && person.status !== 'in-progress') return false;
  return person.dueDate !== null && person.dueDate <= addCalendarDays(today, REMIND_WITHIN_DAYS);
}

export interface TeamPeoplePanelProps {
  moduleId: string | null;
  moduleTitle: string | null;
  today: string;
}

/** Each person in the team and their standing per module, with a reminder for those behind. */
export function TeamPeoplePanel({ moduleId, moduleTitle, today }: TeamPeoplePanelProps) {
  const { t } = useTranslation('hr');
  const styles = useHrStyles();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const [status, setStatus] = useState<CoverageStatus | null>(null);
  const [offset, setOffset] = useState(0);
  const [reminded, setReminded] = useState<Set<string>>(new Set());
  const people = useMyTeamPeople({ moduleId, status, limit: PEOPLE_PAGE_SIZE, offset });
  const reminder = useSendTeamReminder();
  const total = people.data?.total ?? 0;
  const label = moduleTitle ? t('myTeam.peopleLabelFor', { module: moduleTitle }) : t('myTeam.peopleLabel');

  const remind = (person: CoveragePerson) =>
    reminder.mutate(
      { personId: person.personId, moduleId: person.moduleId },
      {
        onSuccess: () => {
          setReminded((done) => new Set(done).add(`${person.personId} ${person.moduleId}`));
          notify(t('myTeam.reminderSent', { name: person.name }));
        },
        onError: (error) => notify(problemMessage(problemOf(error)), 'error'),
      },
    );

  const columns: ListColumn[] = [
    ...(['name', 'module', 'unit', 'status', 'dueDate'] as const).map((key) => ({
      key,
      label: t(`myTeam.peopleColumns.${key}`),
    })),
    { key: 'actions', label: t('coverage.columns.actions'), muted: true },
  ];

  const row = (person: CoveragePerson) => {
    const key = `${person.personId} ${person.moduleId}`;
    return (
      <TableRow key={key}>
        <TableCell>{person.name}</TableCell>
        <TableCell>{person.moduleTitle}</TableCell>
        <TableCell>{person.units.map((placement) => placement.orgUnitName).join(', ')}</TableCell>
        <TableCell>
          <Badge appearance="tint" color={STATUS_COLOR[person.status]}>
            {t(`status.${person.status}`)}
          </Badge>
        </TableCell>
        <TableCell className={styles.nowrap}>{person.dueDate ?? '–'}</TableCell>
        <TableCell>
          {reminded.has(key) ? (
            <Text>{t('myTeam.reminded')}</Text>
          ) : (
            isBehind(person, today) && (
              <Button
                size="small"
                icon={<MailRegular />}
                disabled={reminder.isPending}
                aria-label={t('myTeam.remindAbout', { name: person.name, module: person.moduleTitle })}
                onClick={() => remind(person)}
              >
                {t('myTeam.remind')}
              </Button>
            )
          )}
        </TableCell>
      </TableRow>
    );
  };

  return (
    <Panel heading={label}>
      <StatusFilter
        status={status}
        onChange={(chosen) => {
          setStatus(chosen);
          setOffset(0);
        }}
      />
      <ListFrame
        query={{
          isPending: people.isPending,
          isError: people.isError,
          data: people.data?.people,
          refetch: people.refetch,
        }}
        problem={problemOf(people.error)}
        label={label}
        columns={columns}
        empty={{ title: t('people.empty'), icon: <PeopleRegular /> }}
        row={row}
      />
      <PeoplePager offset={offset} total={total} onOffset={setOffset} />
    </Panel>
  );
}
