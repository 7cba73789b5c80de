import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { problemOf, useLiveSession } from '@larnav/web/api-client';
import { ErrorState, LoadingState } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useLiveSessionStyles } from '../shared/live-sessions.styles';
import { StatusBadge } from '../shared/StatusBadge';

/** Who is booked and who waits, in order, with each one's status: the trainer's (and HR's) view. */
export function SessionBookings({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('live-sessions');
  const styles = useLiveSessionStyles();
  const detail = useLiveSession(sessionId);
  if (detail.isPending) return <LoadingState />;
  if (detail.isError) return <ErrorState problem={problemOf(detail.error)} onRetry={() => detail.refetch()} />;
  const bookings = detail.data.bookings;
  if (bookings.length === 0) return <Text as="p">{t('bookings.none')}</Text>;
  const label = t('bookings.label');
  return (
    <div role="region" aria-label={label} tabIndex={0} className={styles.scroller}>
      <Table size="small" aria-label={label}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('bookings.name')}</TableHeaderCell>
            <TableHeaderCell>{t('bookings.status')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {bookings.map((booking) => (
            <TableRow key={booking.id}>
              <TableCell>{booking.name}</TableCell>
              <TableCell>
                <StatusBadge status={booking.status} />
                {booking.waitlistPosition !== null &&
                  ` ${t('bookings.position', { position: booking.waitlistPosition })}`}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
