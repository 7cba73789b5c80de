import { Link } from '@fluentui/react-components';
import type { LiveSession } from '@larnav/web/api-client';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveSessionStyles } from './live-sessions.styles';
import { formatLocalTime } from './session-time';

/** Where a session is, and its places and deadlines, as a list of facts. */
export function SessionFacts({ session, deadlines = true }: { session: LiveSession; deadlines?: boolean }) {
  const { t, i18n } = useTranslation('live-sessions');
  const styles = useLiveSessionStyles();
  const fact = (name: string, value: ReactNode) => (
    <>
      <dt className={styles.factName}>{name}</dt>
      <dd className={styles.factValue}>{value}</dd>
    </>
  );
  return (
    <dl className={styles.facts}>
      {session.place && fact(t('facts.place'), session.place)}
      {session.onlineLink &&
        fact(
          t('facts.online'),
          <Link href={session.onlineLink} target="_blank" rel="noreferrer">
            {t('facts.onlineLink')}
          </Link>,
        )}
      {fact(
        t('facts.places'),
        t('facts.placesValue', { booked: session.bookedCount, capacity: session.capacity, free: session.freePlaces }),
      )}
      {session.waitlistCount > 0 &&
        fact(t('facts.waitlist'), t('facts.waitlistValue', { count: session.waitlistCount }))}
      {deadlines && fact(t('facts.bookingDeadline'), formatLocalTime(session.bookingDeadlineLocal, i18n.language))}
      {deadlines &&
        fact(t('facts.cancellationDeadline'), formatLocalTime(session.cancellationDeadlineLocal, i18n.language))}
      {session.requiresApproval && fact(t('facts.approval'), t('facts.approvalValue'))}
    </dl>
  );
}
