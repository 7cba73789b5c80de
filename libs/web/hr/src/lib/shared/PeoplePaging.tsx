import { type BadgeProps, Button, Field, Select, Text } from '@fluentui/react-components';
import type { CoverageStatus } from '@larnav/web/api-client';
import { useTranslation } from 'react-i18next';
import { useHrStyles } from './hr.styles';

/** People per page: enough to act on, few enough for a quick answer. */
export const PEOPLE_PAGE_SIZE = 50;

/** The order HR reads standings in: who needs chasing first. */
export const COVERAGE_STATUSES: CoverageStatus[] = ['overdue', 'not-started', 'in-progress', 'compliant', 'exempt'];

export const STATUS_COLOR: Record<CoverageStatus, BadgeProps['color']> = {
  overdue: 'danger',
  'not-started': 'warning',
  'in-progress': 'informative',
  compliant: 'success',
  exempt: 'subtle',
};

/** The drill-down's status filter ("Alla" or one standing); choosing one goes back to the first page. */
export function StatusFilter({
  status,
  onChange,
}: {
  status: CoverageStatus | null;
  onChange: (status: CoverageStatus | null) => void;
}) {
  const { t } = useTranslation('hr');
  const styles = useHrStyles();
  return (
    <div className={styles.filters}>
      <Field label={t('people.status')}>
        <Select
          value={status ?? ''}
          onChange={(_, data) => onChange(data.value === '' ? null : (data.value as CoverageStatus))}
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
  );
}

/** "Visar 1–50 av N" with Föregående and Nästa, announced as it changes; nothing when nobody is listed. */
export function PeoplePager({
  offset,
  total,
  onOffset,
}: {
  offset: number;
  total: number;
  onOffset: (offset: number) => void;
}) {
  const { t } = useTranslation('hr');
  const styles = useHrStyles();
  if (total === 0) return null;
  return (
    <div className={styles.actions}>
      <Text aria-live="polite">
        {t('people.range', { first: offset + 1, last: Math.min(offset + PEOPLE_PAGE_SIZE, total), total })}
      </Text>
      <Button disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - PEOPLE_PAGE_SIZE))}>
        {t('people.previous')}
      </Button>
      <Button disabled={offset + PEOPLE_PAGE_SIZE >= total} onClick={() => onOffset(offset + PEOPLE_PAGE_SIZE)}>
        {t('people.next')}
      </Button>
    </div>
  );
}
