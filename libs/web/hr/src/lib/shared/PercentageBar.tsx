import { ProgressBar, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { formatPercentage, useReportLanguage } from './format';
import { useHrStyles } from './hr.styles';

export interface PercentageBarProps {
  percentage: number | null;
  /** What the bar says to a screen reader, given the formatted percentage. */
  label: (percentage: string) => string;
}

/** A percentage as text and as a bar; a dash and "Ingen räknas" when nobody counts. */
export function PercentageBar({ percentage, label }: PercentageBarProps) {
  const { t } = useTranslation('hr');
  const styles = useHrStyles();
  const language = useReportLanguage();
  if (percentage === null) return <Text className={styles.muted}>{t('coverage.noneCounted')}</Text>;
  const text = formatPercentage(percentage, language);
  return (
    <span className={styles.bar}>
      <Text className={styles.nowrap}>{text}</Text>
      <ProgressBar
        className={styles.barTrack}
        value={percentage / 100}
        thickness="large"
        color={percentage >= 90 ? 'success' : percentage >= 70 ? 'warning' : 'error'}
        aria-label={label(text)}
      />
    </span>
  );
}
