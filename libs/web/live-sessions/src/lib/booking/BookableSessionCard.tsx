import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import { type BookableSession, problemOf, useBookSession } from '@larnav/web/api-client';
import { useNotify, useProblemMessage } from '@larnav/web/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveSessionStyles } from '../shared/live-sessions.styles';
import { SessionFacts } from '../shared/SessionFacts';
import { formatLocalTime, formatSessionTimes } from '../shared/session-time';
import { StatusBadge } from '../shared/StatusBadge';
import { CancelBookingButton } from './CancelBookingButton';

/** Statuses with which I still hold (or wait for) something I can give back. */
const CANCELLABLE = ['booked', 'waitlisted', 'pending-approval'];

/** One upcoming session for a learner: when and where, free places, my status, and what I can do. */
export function BookableSessionCard({ session, now }: { session: BookableSession; now: Date }) {
  const { t, i18n } = useTranslation('live-sessions');
  const styles = useLiveSessionStyles();
  const book = useBookSession();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const when = formatSessionTimes(session.startsLocal, session.endsLocal, i18n.language);
  const mine = session.myBooking;
  const full = session.freePlaces === 0;
  const cancellationOpen = now <= new Date(session.cancellationDeadline);

  const onBook = () =>
    book.mutate(
      { sessionId: session.id },
      {
        onSuccess: (booking) => {
          const status: string = booking.status;
          if (status === 'waitlisted') notify(t('book.waitlisted', { position: booking.waitlistPosition }));
          else if (status === 'booked') notify(t('book.booked'));
          else notify(t('book.requested'));
        },
      },
    );

  let action: ReactNode;
  if (mine && CANCELLABLE.includes(mine.status)) {
    action = cancellationOpen ? (
      <CancelBookingButton bookingId={mine.id} status={mine.status} when={when} />
    ) : (
      <Text className={styles.muted}>{t('book.cancellationClosed')}</Text>
    );
  } else if (mine) {
    action = null;
  } else if (!session.bookingOpen) {
    action = (
      <Text className={styles.muted}>
        {t('book.closed', { deadline: formatLocalTime(session.bookingDeadlineLocal, i18n.language) })}
      </Text>
    );
  } else {
    const label = full ? t('book.joinWaitlist') : t('book.book');
    action = (
      <Button appearance="primary" disabled={book.isPending} onClick={onBook} aria-label={`${label}: ${when}`}>
        {label}
      </Button>
    );
  }

  return (
    <li className={styles.card} aria-label={when}>
      <div className={styles.cardHeader}>
        <Subtitle2 as="h3" className={styles.cardTitle}>
          {when}
        </Subtitle2>
        {mine && <StatusBadge status={mine.status} />}
        {mine?.waitlistPosition != null && <Text>{t('bookings.position', { position: mine.waitlistPosition })}</Text>}
        {!mine && full && <Text className={styles.muted}>{t('book.full')}</Text>}
      </div>
      <SessionFacts session={session} />
      {session.requiresApproval && !mine && <Text className={styles.muted}>{t('book.approvalNote')}</Text>}
      <div className={styles.actions}>{action}</div>
      {book.isError && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{problemMessage(problemOf(book.error))}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}
