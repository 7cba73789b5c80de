import { Badge, type BadgeProps, Button, Field, Select, TableCell, TableRow, Text } from '@fluentui/react-components';
import { DismissRegular, PeopleRegular } from '@fluentui/react-icons';
import {
  type CoverageNode,
  type CoveragePerson,
  type CoverageStatus,
  problemOf,
  useCoveragePeople,
} from '@larnav/web/api-client';
import { type ListColumn, ListFrame, Panel } from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportLinks } from '../shared/ExportLinks';
import { useHrStyles } from '../shared/hr.styles';

/** The order HR reads standings in: who needs chasing first. */
export const COVERAGE_STATUSES: CoverageStatus[] = ['overdue', 'not-started', 'in-progress', 'compliant', 'exempt'];

export const STATUS_COLOR: Record<CoverageStatus, BadgeProps['color']> = {
  overdue: 'danger',
  'not-started': 'warning',
  'in-progress': 'informative',
  compliant: 'success',
  exempt: 'subtle',
};

/** People per page: enough to act on, few enough for a quick answer. */
export const PEOPLE_PAGE_SIZE = 50;

export interface CoveragePeoplePanelProps {
  unit: CoverageNode;
  moduleId: string;
  moduleTitle: string;
  asOf: string;
}

/** The people behind a unit's numbers, filtered by standing, a page at a time. */
export function CoveragePeoplePanel({
  unit,
  moduleId,
  moduleTitle,
  asOf,
  onClose,
}: CoveragePeoplePanelProps & { onClose: () => void }) {
  const { t } = useTranslation('hr');
  const styles = useHrStyles();
  const [status, setStatus] = useState<CoverageStatus | null>(null);
  const [offset, setOffset] = useState(0);
  const people = useCoveragePeople({
    orgUnitId: unit.unitId,
    moduleId,
    asOf,
    status,
    limit: PEOPLE_PAGE_SIZE,
    offset,
  });
  const total = people.data?.total ?? 0;
  const label = t('people.label', { unit: unit.name, module: moduleTitle, asOf });

  const columns: ListColumn[] = (['name', 'unit', 'status', 'dueDate', 'overdueSince'] as const).map((key) => ({
    key,
    label: t(`people.columns.${key}`),
  }));

  const row = (person: CoveragePerson) => (
    <TableRow key={`${person.personId} ${person.moduleId}`}>
      <TableCell>{person.name}</TableCell>
      <TableCell>{person.units.map((placement) => placement.orgUnitName).join(', ')}</TableCell>
      <TableCell>
        <Badge appearance="tint" color={STATUS_COLOR[person.status]}>
          {t(`status.${person.status}`)}
        </Badge>
      </TableCell>
      <TableCell className={styles.nowrap}>{person.dueDate ?? '–'}</TableCell>
      <TableCell className={styles.nowrap}>{person.overdueSince ?? '–'}</TableCell>
    </TableRow>
  );

  return (
    <Panel
      heading={t('people.heading', { unit: unit.name })}
      actions={
        <span className={styles.actions}>
          <ExportLinks
            table="coverage/people"
            tableName={label}
            filters={{ orgUnitId: unit.unitId, moduleId, asOf, status }}
          />
          <Button appearance="subtle" icon={<DismissRegular />} onClick={onClose}>
            {t('people.close')}
          </Button>
        </span>
      }
    >
      <div className={styles.filters}>
        <Field label={t('people.status')}>
          <Select
            value={status ?? ''}
            onChange={(_, data) => {
              setStatus(data.value === '' ? null : (data.value as CoverageStatus));
              setOffset(0);
            }}
          >
            <option value="">{t('people.allStatuses')}</option>
            {COVERAGE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
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
      {total > 0 && (
        <div className={styles.actions}>
          <Text aria-live="polite">
            {t('people.range', {
              first: offset + 1,
              last: Math.min(offset + PEOPLE_PAGE_SIZE, total),
              total,
            })}
          </Text>
          <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PEOPLE_PAGE_SIZE))}>
            {t('people.previous')}
          </Button>
          <Button disabled={offset + PEOPLE_PAGE_SIZE >= total} onClick={() => setOffset(offset + PEOPLE_PAGE_SIZE)}>
            {t('people.next')}
          </Button>
        </div>
      )}
    </Panel>
  );
}
