import { Body1, Button, Text } from '@fluentui/react-components';
import { CalendarAddRegular, CalendarLtrRegular } from '@fluentui/react-icons';
import { type LiveSession, problemOf, useCatalogModule, useModuleSessions } from '@larnav/web/api-client';
import { EmptyState, ErrorState, LoadingState, PageHeader, Panel, RouteLink } from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLiveSessionStyles } from '../shared/live-sessions.styles';
import { CancelSessionDialog } from './CancelSessionDialog';
import { MoveSessionDialog } from './MoveSessionDialog';
import { ScheduleSessionDialog } from './ScheduleSessionDialog';
import { phaseOf, TrainerSessionCard } from './TrainerSessionCard';

/** A module's live sessions (utbildningspass) for its trainers: schedule, move, cancel, see who booked. */
export function ModuleSessionsPage() {
  const { moduleId = '' } = useParams();
  const { t } = useTranslation('live-sessions');
  const styles = useLiveSessionStyles();
  const module = useCatalogModule(moduleId);
  const sessions = useModuleSessions(moduleId);
  const [scheduling, setScheduling] = useState(false);
  const [moving, setMoving] = useState<LiveSession | null>(null);
  const [cancelling, setCancelling] = useState<LiveSession | null>(null);
  const title = module.data?.title ?? '';

  const upcoming = (sessions.data ?? []).filter((s) => phaseOf(s) === 'upcoming');
  // Past and cancelled ones stay on the page, most recent first: they are the record.
  const earlier = (sessions.data ?? []).filter((s) => phaseOf(s) !== 'upcoming').reverse();

  const list = (items: LiveSession[], empty: string) =>
    items.length === 0 ? (
      <Text as="p" className={styles.muted}>
        {empty}
      </Text>
    ) : (
      <ul className={styles.list}>
        {items.map((session) => (
          <TrainerSessionCard
            key={session.id}
            session={session}
            onMove={() => setMoving(session)}
            onCancel={() => setCancelling(session)}
          />
        ))}
      </ul>
    );

  return (
    <>
      <PageHeader
        title={title ? t('sessions.title', { module: title }) : t('sessions.titleShort')}
        documentTitle={t('sessions.pageTitle', { module: title })}
      >
        {t('sessions.intro')}
      </PageHeader>
      <div className={styles.stack}>
        <RouteLink to={`/modules/${moduleId}`}>{t('sessions.back')}</RouteLink>
        <Panel
          heading={t('sessions.upcoming')}
          actions={
            <Button appearance="primary" icon={<CalendarAddRegular />} onClick={() => setScheduling(true)}>
              {t('sessions.schedule')}
            </Button>
          }
        >
          {sessions.isPending ? (
            <LoadingState />
          ) : sessions.isError ? (
            <ErrorState problem={problemOf(sessions.error)} onRetry={() => sessions.refetch()} />
          ) : sessions.data.length === 0 ? (
            <EmptyState icon={<CalendarLtrRegular />} title={t('sessions.empty')}>
              <Body1>{t('sessions.emptyBody')}</Body1>
            </EmptyState>
          ) : (
            list(upcoming, t('sessions.noUpcoming'))
          )}
        </Panel>
        {earlier.length > 0 && <Panel heading={t('sessions.earlier')}>{list(earlier, '')}</Panel>}
      </div>
      {scheduling && <ScheduleSessionDialog moduleId={moduleId} onClose={() => setScheduling(false)} />}
      {moving && <MoveSessionDialog session={moving} onClose={() => setMoving(null)} />}
      {cancelling && <CancelSessionDialog session={cancelling} onClose={() => setCancelling(null)} />}
    </>
  );
}
