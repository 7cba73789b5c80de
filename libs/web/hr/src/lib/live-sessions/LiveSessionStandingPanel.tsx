import { Badge, type BadgeProps, Field, Select, TableCell, TableRow, Text } from '@fluentui/react-components';
import { PeopleRegular } from '@fluentui/react-icons';
import {
  type LiveSessionStandingPerson,
  type LiveSessionState,
  problemOf,
  useLiveSessionStanding,
} from '@larnav/web/api-client';
import { formatInstant, type ListColumn, ListFrame, Panel } from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHrStyles } from '../shared/hr.styles';
import { PEOPLE_PAGE_SIZE, PeoplePager, STATUS_COLOR } from '../shared/PeoplePaging';

type Filter = LiveSessionState | 'lacking';
/** The order the filter offers: who needs chasing first. */
const FILTERS: Filter[] = ['lacking', 'none', 'pending-approval', 'waitlisted', 'booked', 'attended'];
const STATE_COLOR: Record<LiveSessionState, BadgeProps['color']> = {
  attended: 'success',
  booked: 'informative',
  waitlisted: 'warning',
  'pending-approval': 'warning',
  none: 'subtle',
};
const COUNTS = ['attended', 'booked', 'waitlisted', 'pendingApproval', 'lacking', 'lackingUnbooked'] as const;

export interface LiveSessionStandingPanelProps {
  /** HR's report (down orgUnitId's subtree, or all theirs) or a manager's team. */
  source: 'reporting' | 'my-team';
  orgUnitId: string | null;
  /** Whose people these are, for the heading and the table's name: a unit, or the team. */
  scopeName: string;
  moduleId: string;
  moduleTitle: string;
}

/**
 * Who is booked on a module's live sessions (utbildningspass), who attended, and who still lacks
 * a required one. Shown only for a module that requires a session or that someone has booked:
 * elsewhere it would be a table of "no booking" saying nothing.
 */
export function LiveSessionStandingPanel({
  source,
  orgUnitId,
  scopeName,
  moduleId,
  moduleTitle,
}: LiveSessionStandingPanelProps) {
  const { t, i18n } = useTranslation('hr');
  const styles = useHrStyles();
  const [filter, setFilter] = useState<Filter | null>(null);
  const [offset, setOffset] = useState(0);
  const standing = useLiveSessionStanding({
    source,
    orgUnitId,
    moduleId,
    liveSession: filter,
    limit: PEOPLE_PAGE_SIZE,
    offset,
  });
  const language = i18n.resolvedLanguage ?? i18n.language;
  const counts = standing.data?.counts;
  const anyBooking = counts ? counts.attended + counts.booked + counts.waitlisted + counts.pendingApproval > 0 : false;
  // Nothing until the first answer says whether the panel belongs on the page at all.
  if (standing.isPending || (standing.isSuccess && !standing.data.requiresLiveSession && !anyBooking)) return null;

  const label = t('liveSessions.label', { scope: scopeName, module: moduleTitle });
  const columns: ListColumn[] = (['name', 'unit', 'liveSession', 'when', 'status'] as const).map((key) => ({
    key,
    label: t(`liveSessions.columns.${key}`),
  }));
  const when = (person: LiveSessionStandingPerson) =>
    person.attendedOn
      ? t('liveSessions.attendedOn', { day: person.attendedOn })
      : person.nextSessionStartsAt
        ? formatInstant(person.nextSessionStartsAt, language)
        : '–';
  const row = (person: LiveSessionStandingPerson) => (
    <TableRow key={person.personId}>
      <TableCell>{person.name}</TableCell>
      <TableCell>{person.units.map((placement) => placement.orgUnitName).join(', ')}</TableCell>
      <TableCell>
        <span className={styles.actions}>
          <Badge className={styles.nowrap} appearance="tint" color={STATE_COLOR[person.liveSession]}>
            {t(`liveSessions.state.${person.liveSession}`)}
          </Badge>
          {person.lacking && <Text className={styles.nowrap}>{t('liveSessions.lackingMark')}</Text>}
        </span>
      </TableCell>
      <TableCell className={styles.nowrap}>{when(person)}</TableCell>
      <TableCell>
        <Badge className={styles.nowrap} appearance="tint" color={STATUS_COLOR[person.status]}>
          {t(`status.${person.status}`)}
        </Badge>
      </TableCell>
    </TableRow>
  );

  return (
    <Panel heading={t('liveSessions.heading', { scope: scopeName })}>
      {standing.data && (
        <Text as="p" className={styles.intro}>
          {standing.data.requiresLiveSession ? t('liveSessions.required') : t('liveSessions.notRequired')}{' '}
          {t('liveSessions.summary', Object.fromEntries(COUNTS.map((key) => [key, standing.data.counts[key]])))}
        </Text>
      )}
      <div className={styles.filters}>
        <Field label={t('liveSessions.filter')}>
          <Select
            value={filter ?? ''}
            onChange={(_, data) => {
              setFilter(data.value === '' ? null : (data.value as Filter));
              setOffset(0);
            }}
          >
            <option value="">{t('liveSessions.everyone')}</option>
            {FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`liveSessions.filters.${value}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <ListFrame
        query={{
          isPending: standing.isPending,
          isError: standing.isError,
          data: standing.data?.people,
          refetch: standing.refetch,
        }}
        problem={problemOf(standing.error)}
        label={label}
        columns={columns}
        empty={{ title: t('liveSessions.empty'), icon: <PeopleRegular /> }}
        row={row}
      />
      <PeoplePager offset={offset} total={standing.data?.total ?? 0} onOffset={setOffset} />
    </Panel>
  );
}
