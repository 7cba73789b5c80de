import { Button, TableCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { PeopleRegular, TreeDeciduousRegular } from '@fluentui/react-icons';
import { type CoverageNode, problemOf, type useCoverage } from '@larnav/web/api-client';
import { type ListColumn, ListFrame } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useHrStyles } from '../shared/hr.styles';
import { PercentageBar } from '../shared/PercentageBar';

export interface CoverageTreeTableProps {
  coverage: ReturnType<typeof useCoverage>;
  moduleId: string;
  label: string;
  chosenUnitId: string | null;
  onChoose: (unit: CoverageNode) => void;
}

/** The org tree as rows, indented by depth, with one module's numbers and a bar per unit. */
export function CoverageTreeTable({ coverage, moduleId, label, chosenUnitId, onChoose }: CoverageTreeTableProps) {
  const { t } = useTranslation('hr');
  const styles = useHrStyles();
  const nodes = coverage.data?.nodes;
  // Depths are the municipality's; an HR officer's report starts at their förvaltning.
  const topDepth = nodes && nodes.length > 0 ? Math.min(...nodes.map((node) => node.depth)) : 0;

  const columns: ListColumn[] = [
    ...(['unit', 'population', 'compliant', 'overdue', 'exempt', 'percentage'] as const).map((key) => ({
      key,
      label: t(`coverage.columns.${key}`),
    })),
    { key: 'actions', label: t('coverage.columns.actions'), muted: true },
  ];

  const row = (node: CoverageNode) => {
    const numbers = node.modules.find((entry) => entry.moduleId === moduleId);
    const chosen = node.unitId === chosenUnitId;
    return (
      <TableRow key={node.unitId}>
        <TableCell>
          <span style={{ paddingInlineStart: `calc(${node.depth - topDepth} * ${tokens.spacingHorizontalXL})` }}>
            <Text weight={node.depth === topDepth ? 'semibold' : 'regular'}>{node.name}</Text>
            {node.archived && <Text className={styles.muted}> {t('coverage.archived')}</Text>}
          </span>
        </TableCell>
        <TableCell className={styles.numeric}>{numbers?.population ?? 0}</TableCell>
        <TableCell className={styles.numeric}>{numbers?.compliant ?? 0}</TableCell>
        <TableCell className={styles.numeric}>{numbers?.overdue ?? 0}</TableCell>
        <TableCell className={styles.numeric}>{numbers?.exempt ?? 0}</TableCell>
        <TableCell>
          <PercentageBar
            percentage={numbers?.percentage ?? null}
            label={(percentage) => t('coverage.bar', { unit: node.name, percentage })}
          />
        </TableCell>
        <TableCell>
          <Button
            size="small"
            icon={<PeopleRegular />}
            appearance={chosen ? 'primary' : 'secondary'}
            aria-pressed={chosen}
            aria-label={t('coverage.showPeopleIn', { unit: node.name })}
            onClick={() => onChoose(node)}
          >
            {t('coverage.showPeople')}
          </Button>
        </TableCell>
      </TableRow>
    );
  };

  return (
    <ListFrame
      query={{ isPending: coverage.isPending, isError: coverage.isError, data: nodes, refetch: coverage.refetch }}
      problem={problemOf(coverage.error)}
      label={label}
      columns={columns}
      empty={{ title: t('coverage.empty'), icon: <TreeDeciduousRegular /> }}
      row={row}
    />
  );
}
