import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { MyModule } from '@larnav/web/api-client';
import { type CalendarDate, formatCalendarDate, RouteLink } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';

export type ModulePartsProgress = NonNullable<MyModule['parts']>;
type NextSession = NonNullable<ModulePartsProgress['nextSession']>;

const useStyles = makeStyles({
  parts: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: { margin: 0 },
});

/** Where a module that needs a live session stands: which parts are done, which remain, and the next session. */
export function ModuleParts({
  moduleId,
  title,
  parts,
}: {
  moduleId: string;
  title: string;
  parts: ModulePartsProgress;
}) {
  const { t } = useTranslation('learner');
  const styles = useStyles();
  const needsELearning = parts.completionRequirement === 'both';
  const sessionRemains = parts.remaining.includes('live-session');
  const status = [
    ...(needsELearning ? [parts.eLearningDoneAt ? t('parts.eLearningDone') : t('parts.eLearningRemaining')] : []),
    sessionRemains ? t('parts.sessionRemaining') : t('parts.sessionDone'),
  ].join(' · ');
  return (
    <div className={styles.parts} data-testid="module-parts">
      <Body1 as="p" className={styles.line}>
        <strong>{status}</strong>
      </Body1>
      {parts.sessionOutOfOrder && (
        <Body1 as="p" className={styles.line}>
          {t('parts.outOfOrder')}
        </Body1>
      )}
      {parts.partOrder === 'e-learning-first' && !parts.eLearningDoneAt && (
        <Body1 as="p" className={styles.line}>
          {t('parts.eLearningFirst')}
        </Body1>
      )}
      {sessionRemains && (
        <>
          <Body1 as="p" className={styles.line}>
            {parts.nextSession ? <NextSessionText session={parts.nextSession} /> : t('parts.noSession')}
          </Body1>
          <span>
            <RouteLink to={`/my-training/${moduleId}/sessions`}>
              {parts.nextSession?.myBooking ? t('parts.seeSessions', { title }) : t('parts.bookSession', { title })}
            </RouteLink>
          </span>
        </>
      )}
    </div>
  );
}

function NextSessionText({ session }: { session: NextSession }) {
  const { t } = useTranslation('learner');
  const when = useSessionTime()(session);
  const where =
    session.place && session.online
      ? t('parts.placeAndOnline', { place: session.place })
      : (session.place ?? t('parts.online'));
  if (session.myBooking === 'booked') return <>{t('parts.booked', { when, where })}</>;
  if (session.myBooking === 'waitlisted') return <>{t('parts.waitlisted', { when, where })}</>;
  const places = session.freePlaces > 0 ? t('parts.freePlaces', { count: session.freePlaces }) : t('parts.full');
  return <>{t('parts.next', { when, where, places })}</>;
}

/** "4 mars 2027 kl. 09:00–12:00 (svensk tid)"; a session over several days names both days. */
export function useSessionTime(): (session: Pick<NextSession, 'startsLocal' | 'endsLocal'>) => string {
  const { t, i18n } = useTranslation('learner');
  return ({ startsLocal, endsLocal }) => {
    const [startDay, startTime] = startsLocal.split('T');
    const [endDay, endTime] = endsLocal.split('T');
    const date = (day: string) => formatCalendarDate(day as CalendarDate, i18n.language);
    return startDay === endDay
      ? t('parts.sameDay', { date: date(startDay), start: startTime, end: endTime })
      : t('parts.severalDays', { start: `${date(startDay)} ${startTime}`, end: `${date(endDay)} ${endTime}` });
  };
}
