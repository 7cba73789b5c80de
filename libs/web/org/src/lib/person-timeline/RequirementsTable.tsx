import {
  Badge,
  type BadgeProps,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { TimelineRequirement } from '@larnav/web/api-client';
import { EmptyState, formatCalendarDate } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useTimelineStyles } from './timeline.styles';

const COLOUR: Record<TimelineRequirement['standing'], BadgeProps['color']> = {
  completed: 'success',
  exempt: 'informative',
  overdue: 'danger',
  due: 'warning',
};

export function RequirementsTable({ requirements }: { requirements: readonly TimelineRequirement[] }) {
  const { t, i18n } = useTranslation('org');
  const styles = useTimelineStyles();
  const date = (d: string | null) => (d ? formatCalendarDate(d, i18n.language) : '–');
  if (requirements.length === 0) return <EmptyState title={t('timeline.requirements.empty')} />;
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={t('timeline.requirements.heading')}>
      <Table size="small" aria-label={t('timeline.requirements.heading')} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('timeline.requirements.module')}</TableHeaderCell>
            <TableHeaderCell>{t('timeline.requirements.since')}</TableHeaderCell>
            <TableHeaderCell>{t('timeline.requirements.due')}</TableHeaderCell>
            <TableHeaderCell>{t('timeline.requirements.completed')}</TableHeaderCell>
            <TableHeaderCell>{t('timeline.requirements.standing')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {requirements.map((r) => (
            <TableRow key={`${r.ruleId}-${r.moduleId}`}>
              <TableCell>
                <TableCellLayout description={t('timeline.requirements.rule', { rule: r.ruleName })}>
                  {r.moduleTitle}
                </TableCellLayout>
              </TableCell>
              <TableCell className={styles.date}>{date(r.appliesFrom)}</TableCell>
              <TableCell className={styles.date}>{date(r.dueDate)}</TableCell>
              <TableCell className={styles.date}>
                {date(r.completedOn)}
                {r.validUntil ? ` ${t('timeline.requirements.validUntil', { date: date(r.validUntil) })}` : ''}
              </TableCell>
              <TableCell>
                <Badge appearance="tint" color={COLOUR[r.standing]}>
                  {t(`timeline.standing.${r.standing}`)}
                </Badge>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
