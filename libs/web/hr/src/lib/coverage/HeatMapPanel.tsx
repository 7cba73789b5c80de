import { makeStyles, mergeClasses, TableCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { TreeDeciduousRegular } from '@fluentui/react-icons';
import { type CoverageNode, problemOf, type useCoverage } from '@larnav/web/api-client';
import { type ListColumn, ListFrame, Panel } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { ExportLinks } from '../shared/ExportLinks';
import { formatPercentage, moduleTitle, useReportLanguage } from '../shared/format';
import { useHrStyles } from '../shared/hr.styles';

// The same bands as the bars; the number is always written, so colour is never the only sign.
const useStyles = makeStyles({
  good: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  fair: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  poor: { backgroundColor: tokens.colorPaletteRedBackground1 },
});

export interface HeatMapPanelProps {
  coverage: ReturnType<typeof useCoverage>;
  asOf: string;
}

/** Every unit against every required module: where the gaps are, at a glance and as text. */
export function HeatMapPanel({ coverage, asOf }: HeatMapPanelProps) {
  const { t } = useTranslation('hr');
  const styles = useHrStyles();
  const bands = useStyles();
  const language = useReportLanguage();
  const modules = coverage.data?.modules ?? [];
  const nodes = coverage.data?.nodes;
  const topDepth = nodes && nodes.length > 0 ? Math.min(...nodes.map((node) => node.depth)) : 0;
  const label = t('heatMap.label', { asOf });

  const columns: ListColumn[] = [
    { key: 'unit', label: t('coverage.columns.unit') },
    ...modules.map((module) => ({ key: module.id, label: moduleTitle(module, language) })),
  ];

  const row = (node: CoverageNode) => (
    <TableRow key={node.unitId}>
      <TableCell>
        <span style={{ paddingInlineStart: `calc(${node.depth - topDepth} * ${tokens.spacingHorizontalXL})` }}>
          <Text weight={node.depth === topDepth ? 'semibold' : 'regular'}>{node.name}</Text>
        </span>
      </TableCell>
      {modules.map((module) => {
        const percentage = node.modules.find((entry) => entry.moduleId === module.id)?.percentage ?? null;
        const band =
          percentage === null ? undefined : percentage >= 90 ? bands.good : percentage >= 70 ? bands.fair : bands.poor;
        return (
          <TableCell key={module.id} className={mergeClasses(styles.nowrap, band)}>
            {percentage === null ? t('coverage.noneCounted') : formatPercentage(percentage, language)}
          </TableCell>
        );
      })}
    </TableRow>
  );

  return (
    <Panel
      heading={t('heatMap.heading')}
      actions={<ExportLinks table="coverage" tableName={label} filters={{ asOf }} />}
    >
      <ListFrame
        query={{ isPending: coverage.isPending, isError: coverage.isError, data: nodes, refetch: coverage.refetch }}
        problem={problemOf(coverage.error)}
        label={label}
        columns={columns}
        empty={{ title: t('coverage.empty'), icon: <TreeDeciduousRegular /> }}
        row={row}
      />
    </Panel>
  );
}
