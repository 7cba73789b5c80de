import { makeStyles, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { problemOf, useLiveSession } from '@larnav/web/api-client';
import { ErrorState, LoadingState, PageHeader, Panel, RouteLink } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { moduleSessionsPath } from '../paths';
import { holdsPlace } from '../shared/booking-status';
import { useLiveSessionStyles } from '../shared/live-sessions.styles';
import { SessionFacts } from '../shared/SessionFacts';
import { formatLocalTime, formatSessionTimes } from '../shared/session-time';
import { AttendanceRow } from './AttendanceRow';
import { TeamsReportUpload } from './TeamsReportUpload';

const useStyles = makeStyles({ people: { listStyleType: 'none', margin: 0, padding: 0 } });

/** The trainer marks who came, on a phone in the room, or from Teams' attendance report. */
export function AttendancePage() {
  const { sessionId = '' } = useParams();
  const { t, i18n } = useTranslation('live-sessions');
  const styles = useLiveSessionStyles();
  const own = useStyles();
  const detail = useLiveSession(sessionId);

  if (detail.isPending) return <LoadingState />;
  if (detail.isError) return <ErrorState problem={problemOf(detail.error)} onRetry={() => detail.refetch()} />;
  const session = detail.data;
  const when = formatSessionTimes(session.startsLocal, session.endsLocal, i18n.language);
  const cancelled = session.status === 'cancelled';
  const started = new Date(session.startsAt) <= new Date();
  const canMark = started && !cancelled;
  const placed = session.bookings.filter((b) => holdsPlace(b.status));
  const waiting = session.bookings.filter((b) => b.status === 'waitlisted').length;

  return (
    <>
      <PageHeader title={t('attendance.title')} documentTitle={t('attendance.pageTitle', { when })}>
        {when}
      </PageHeader>
      <div className={styles.stack}>
        <RouteLink to={moduleSessionsPath(session.moduleId)}>{t('attendance.back')}</RouteLink>
        {cancelled && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t('attendance.cancelled')}</MessageBarBody>
          </MessageBar>
        )}
        {!cancelled && !started && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {t('attendance.notStarted', { start: formatLocalTime(session.startsLocal, i18n.language) })}
            </MessageBarBody>
          </MessageBar>
        )}
        <Panel heading={t('attendance.heading', { count: placed.length })}>
          <SessionFacts session={session} deadlines={false} />
          {placed.length === 0 ? (
            <Text as="p" className={styles.muted}>
              {t('attendance.nobody')}
            </Text>
          ) : (
            <ul className={own.people}>
              {placed.map((booking) => (
                <AttendanceRow key={booking.id} sessionId={session.id} booking={booking} canMark={canMark} />
              ))}
            </ul>
          )}
          {waiting > 0 && (
            <Text as="p" className={styles.muted}>
              {t('attendance.waiting', { count: waiting })}
            </Text>
          )}
        </Panel>
        <Panel heading={t('teams.heading')}>
          <TeamsReportUpload sessionId={session.id} disabled={!canMark} />
        </Panel>
      </div>
    </>
  );
}
