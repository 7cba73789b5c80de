import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { TrendPoint } from '@larnav/web/api-client';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMonth, formatPercentage, useReportLanguage } from '../shared/format';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  chart: { width: '100%', height: '260px' },
});

/** One month of the chart: the month's short name, coverage (null with nobody to cover) and head count. */
export interface TrendChartPoint {
  asOf: string;
  month: string;
  percentage: number | null;
  population: number;
}

export function chartPoints(points: TrendPoint[], moduleId: string, language: 'sv' | 'en'): TrendChartPoint[] {
  return points.map((point) => {
    const numbers = point.modules.find((entry) => entry.moduleId === moduleId);
    return {
      asOf: point.asOf,
      month: formatMonth(point.asOf, language),
      percentage: numbers?.percentage ?? null,
      population: numbers?.population ?? 0,
    };
  });
}

/**
 * The sentence a screen reader hears instead of the chart, and what anyone can read under it:
 * where coverage started and ended, and its lowest month, the turn a chart is drawn to show.
 */
export function useTrendSummary(points: TrendChartPoint[]): string {
  const { t } = useTranslation('hr');
  const language = useReportLanguage();
  const covered = points.filter((point): point is TrendChartPoint & { percentage: number } => point.percentage !== null);
  if (covered.length === 0) return t('trend.chart.noneCovered');
  const first = covered[0];
  const last = covered[covered.length - 1];
  const lowest = covered.reduce((low, point) => (point.percentage < low.percentage ? point : low), first);
  return t('trend.chart.summary', {
    fromMonth: first.month,
    from: formatPercentage(first.percentage, language),
    toMonth: last.month,
    to: formatPercentage(last.percentage, language),
    lowestMonth: lowest.month,
    lowest: formatPercentage(lowest.percentage, language),
    fromPopulation: first.population,
    toPopulation: last.population,
  });
}

/**
 * Coverage (line, left axis) and the people it is counted over (bars, right axis) per month end,
 * so a fall that comes from new staff shows beside the growing head count. The drawing is hidden
 * from assistive technology: the summary below it and the table after it say the same in words.
 */
export function TrendChart({ points, label }: { points: TrendChartPoint[]; label: string }) {
  const { t } = useTranslation('hr');
  const styles = useStyles();
  const language = useReportLanguage();
  const summary = useTrendSummary(points);
  const shortMonth = (asOf: string) => {
    const [year, month] = asOf.split('-').map(Number);
    return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
      month: 'short',
      year: '2-digit',
      timeZone: 'UTC',
    }).format(Date.UTC(year, month - 1, 1));
  };
  return (
    <figure className={styles.figure} aria-label={label}>
      <div className={styles.chart} aria-hidden="true" data-testid="trend-chart">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 260 }}>
          <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke={tokens.colorNeutralStroke2} vertical={false} />
            <XAxis dataKey="asOf" tickFormatter={shortMonth} minTickGap={16} tick={{ fontSize: 12 }} />
            <YAxis yAxisId="percentage" domain={[0, 100]} unit=" %" width={52} tick={{ fontSize: 12 }} />
            <YAxis yAxisId="population" orientation="right" allowDecimals={false} width={44} tick={{ fontSize: 12 }} />
            <Tooltip
              labelFormatter={(asOf) => formatMonth(String(asOf), language)}
              formatter={(value, name) =>
                name === 'percentage'
                  ? [value === null ? '–' : formatPercentage(Number(value), language), t('trend.columns.percentage')]
                  : [value, t('trend.columns.population')]
              }
            />
            <Bar
              yAxisId="population"
              dataKey="population"
              fill={tokens.colorNeutralBackground5Pressed}
              isAnimationActive={false}
            />
            <Line
              yAxisId="percentage"
              dataKey="percentage"
              stroke={tokens.colorBrandForeground1}
              strokeWidth={3}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <Text>{summary}</Text>
      </figcaption>
    </figure>
  );
}
