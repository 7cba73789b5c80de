import { Badge, Button, TableCell, TableRow } from '@fluentui/react-components';
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
import { PEOPLE_PAGE_SIZE, PeoplePager, STATUS_COLOR, StatusFilter } from '../shared/PeoplePaging';

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
