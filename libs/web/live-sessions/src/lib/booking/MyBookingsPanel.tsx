import { Badge, mergeClasses, Subtitle2, Text } from '@fluentui/react-components';
import { problemOf, useMyBookings } from '@larnav/web/api-client';
import { ErrorState, LoadingState, Panel, RouteLink } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { bookSessionsPath } from '../paths';
import { CancelledNotice } from '../shared/CancelledNotice';
import { useLiveSessionStyles } from '../shared/live-sessions.styles';
import { formatSessionTimes } from '../shared/session-time';
import { StatusBadge } from '../shared/StatusBadge';
import { CancelBookingButton } from './CancelBookingButton';

/**
 * "Mina bokningar": my places and waitlist places on sessions still to come, of every module,
 * and sessions I had booked that the trainer cancelled, with the trainer's reason.
 */
export function MyBookingsPanel({ titleOf, now }: { titleOf: (moduleId: string) => string | undefined; now: Date }) {
  const { t, i18n } = useTranslation('live-sessions');
  const styles = useLiveSessionStyles();
  const bookings = useMyBookings();
  const upcoming = (bookings.data ?? []).filter((b) => new Date(b.session.endsAt) > now);

  return (
    <Panel heading={t('mine.heading')}>
      {bookings.isPending ? (
        <LoadingState />
      ) : bookings.isError ? (
        <ErrorState problem={problemOf(bookings.error)} onRetry={() => bookings.refetch()} />
      ) : upcoming.length === 0 ? (
        <Text as="p" className={styles.muted}>
          {t('mine.none')}
        </Text>
      ) : (
        <ul className={styles.list}>
          {upcoming.map((booking) => {
            const { session } = booking;
            const when = formatSessionTimes(session.startsLocal, session.endsLocal, i18n.language);
            const title = titleOf(session.moduleId);
            const status: string = booking.status;
            const cancelled = session.status === 'cancelled';
            return (
              <li
                key={booking.id}
                className={mergeClasses(styles.card, cancelled && styles.cancelledCard)}
                aria-label={when}
              >
                <div className={styles.cardHeader}>
                  <Subtitle2 as="h3" className={styles.cardTitle}>
                    {when}
                  </Subtitle2>
                  {cancelled ? (
                    <Badge appearance="tint" color="danger">
                      {t('phase.cancelled')}
                    </Badge>
                  ) : (
                    <StatusBadge status={status} />
                  )}
                  {booking.waitlistPosition !== null && (
                    <Text>{t('bookings.position', { position: booking.waitlistPosition })}</Text>
                  )}
                </div>
                {title && <RouteLink to={bookSessionsPath(session.moduleId)}>{title}</RouteLink>}
                <CancelledNotice session={session} />
                {session.place && <Text>{session.place}</Text>}
                {!cancelled &&
                  ['booked', 'waitlisted', 'pending-approval'].includes(status) &&
                  now <= new Date(session.cancellationDeadline) && (
                    <div className={styles.actions}>
                      <CancelBookingButton bookingId={booking.id} status={status} when={when} />
                    </div>
                  )}
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
