import { Body1, Caption1 } from '@fluentui/react-components';
import type { TimelineEvent } from '@larnav/web/api-client';
import { EmptyState, formatCalendarDate } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useTimelineStyles } from './timeline.styles';

/** Everything that happened, newest first, as a plain list a screen reader reads in order. */
export function TimelineEvents({ events }: { events: readonly TimelineEvent[] }) {
  const { t, i18n } = useTranslation('org');
  const styles = useTimelineStyles();
  if (events.length === 0) return <EmptyState title={t('timeline.events.empty')} />;
  return (
    <ol className={styles.events}>
      {events.map((event, index) => (
        <li key={`${event.date}-${event.kind}-${index}`} className={styles.event}>
          <Caption1 className={styles.eventDate}>
            <time dateTime={event.date}>{formatCalendarDate(event.date, i18n.language)}</time>
          </Caption1>
          <Body1>
            {t(`timeline.kind.${event.kind}`, { subject: event.subject, detail: event.detail ?? '' })}
            {event.detail && event.kind === 'completed' ? ` (${event.detail})` : ''}
          </Body1>
        </li>
      ))}
    </ol>
  );
}
