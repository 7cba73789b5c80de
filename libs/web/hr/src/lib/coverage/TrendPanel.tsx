import { TableCell, TableRow } from '@fluentui/react-components';
import { DataTrendingRegular } from '@fluentui/react-icons';
import { type CoverageNode, problemOf, type TrendPoint, useCoverageTrend } from '@larnav/web/api-client';
import { type ListColumn, ListFrame, Panel } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { ExportLinks } from '../shared/ExportLinks';
import { formatMonth, useReportLanguage } from '../shared/format';
import { useHrStyles } from '../shared/hr.styles';
import { PercentageBar } from '../shared/PercentageBar';
import { chartPoints, TrendChart } from './TrendChart';

/** How far back the trend looks: two years shows turnover's effect through a full cycle. */
export const TREND_MONTHS = 24;

export interface TrendPanelProps {
  unit: CoverageNode;
  moduleId: string;
  moduleTitle: string;
}

/** The chosen unit's coverage of one module at each month end: a chart, its summary in words, and the table. */
export function TrendPanel({ unit, moduleId, moduleTitle }: TrendPanelProps) {
  const { t } = useTranslation('hr');
  const styles = useHrStyles();
  const language = useReportLanguage();
  const trend = useCoverageTrend(unit.unitId, moduleId, TREND_MONTHS);
  const caption = t('trend.caption', { module: moduleTitle, unit: unit.name });

  const columns: ListColumn[] = (['month', 'asOf', 'percentage', 'population'] as const).map((key) => ({
    key,
    label: t(`trend.columns.${key}`),
  }));

  const row = (point: TrendPoint) => {
    const numbers = point.modules.find((entry) => entry.moduleId === moduleId);
    const month = formatMonth(point.asOf, language);
    return (
      <TableRow key={point.asOf}>
        <TableCell className={styles.nowrap}>{month}</TableCell>
        <TableCell className={styles.nowrap}>{point.asOf}</TableCell>
        <TableCell>
          <PercentageBar
            percentage={numbers?.percentage ?? null}
            label={(percentage) => t('coverage.bar', { unit: month, percentage })}
          />
        </TableCell>
        <TableCell className={styles.numeric}>{numbers?.population ?? 0}</TableCell>
      </TableRow>
    );
  };

  return (
    <Panel
      heading={t('trend.heading')}
      actions={
        <ExportLinks
          table="trend"
          tableName={caption}
          filters={{ orgUnitId: unit.unitId, moduleId, months: TREND_MONTHS }}
        />
      }
    >
      {trend.data && trend.data.points.length > 0 && (
        <TrendChart points={chartPoints(trend.data.points, moduleId, language)} label={caption} />
      )}
      <ListFrame
        query={{ isPending: trend.isPending, isError: trend.isError, data: trend.data?.points, refetch: trend.refetch }}
        problem={problemOf(trend.error)}
        label={caption}
        columns={columns}
        empty={{ title: t('trend.empty'), icon: <DataTrendingRegular /> }}
        row={row}
      />
    </Panel>
  );
}
