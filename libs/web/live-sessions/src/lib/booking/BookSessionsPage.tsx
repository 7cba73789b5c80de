import { Body1 } from '@fluentui/react-components';
import { CalendarLtrRegular } from '@fluentui/react-icons';
import { type MyModule, problemOf, useBookableSessions, useMyTraining } from '@larnav/web/api-client';
import { EmptyState, ErrorState, LoadingState, PageHeader, Panel, RouteLink } from '@larnav/web/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLiveSessionStyles } from '../shared/live-sessions.styles';
import { BookableSessionCard } from './BookableSessionCard';
import { MyBookingsPanel } from './MyBookingsPanel';

/** A learner books a module's live session: its upcoming sessions with free places, and Mina bokningar. */
export function BookSessionsPage() {
  const { moduleId = '' } = useParams();
  const { t, i18n } = useTranslation('live-sessions');
  const styles = useLiveSessionStyles();
  const training = useMyTraining();
  const sessions = useBookableSessions(moduleId);
  // Read once per render: which buttons show (deadlines) is judged against the same instant.
  const now = new Date();

  const titles = useMemo(() => {
    const all: MyModule[] = training.data
      ? [...training.data.required, ...training.data.inProgress, ...training.data.completed, ...training.data.catalogue]
      : [];
    const english = i18n.language === 'en';
    return new Map(all.map((m) => [m.moduleId, (english && m.titleEn) || m.title]));
  }, [training.data, i18n.language]);
  const title = titles.get(moduleId) ?? '';

  return (
    <>
      <PageHeader
        title={title ? t('book.title', { module: title }) : t('book.titleShort')}
        documentTitle={t('book.pageTitle', { module: title })}
      >
        {t('book.intro')}
      </PageHeader>
      <div className={styles.stack}>
        <RouteLink to="/my-training">{t('book.back')}</RouteLink>
        <Panel heading={t('book.heading')}>
          {sessions.isPending ? (
            <LoadingState />
          ) : sessions.isError ? (
            <ErrorState problem={problemOf(sessions.error)} onRetry={() => sessions.refetch()} />
          ) : sessions.data.length === 0 ? (
            <EmptyState icon={<CalendarLtrRegular />} title={t('book.empty')}>
              <Body1>{t('book.emptyBody')}</Body1>
            </EmptyState>
          ) : (
            <ul className={styles.list}>
              {sessions.data.map((session) => (
                <BookableSessionCard key={session.id} session={session} now={now} />
              ))}
            </ul>
          )}
        </Panel>
        <MyBookingsPanel titleOf={(id) => titles.get(id)} now={now} />
      </div>
    </>
  );
}
