import { Button, Text } from '@fluentui/react-components';
import { problemOf, useCancelBooking } from '@larnav/web/api-client';
import { ConfirmDialog, useNotify, useProblemMessage } from '@larnav/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Gives back a place or leaves the waitlist, after asking; the place goes to the first in line. */
export function CancelBookingButton({
  bookingId,
  status,
  when,
}: {
  bookingId: string;
  status: string;
  /** The session's time in words, to name it on the button and in the question. */
  when: string;
}) {
  const { t } = useTranslation('live-sessions');
  const cancel = useCancelBooking();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const [asking, setAsking] = useState(false);
  const waiting = status === 'waitlisted';
  const label = waiting ? t('book.leaveWaitlist') : t('book.cancel');
  return (
    <>
      <Button aria-label={`${label}: ${when}`} onClick={() => setAsking(true)}>
        {label}
      </Button>
      {asking && (
        <ConfirmDialog
          open
          title={waiting ? t('book.leaveWaitlistTitle', { when }) : t('book.cancelTitle', { when })}
          confirmLabel={label}
          pending={cancel.isPending}
          problem={cancel.isError ? problemMessage(problemOf(cancel.error)) : undefined}
          onCancel={() => {
            cancel.reset();
            setAsking(false);
          }}
          onConfirm={() =>
            // Not mutate's own onSuccess: the refetched list may drop this booking, and this button
            // with it, before that would run; the promise settles all the same.
            cancel.mutateAsync({ bookingId }).then(
              () => {
                notify(waiting ? t('book.leftWaitlist') : t('book.cancelled'));
                setAsking(false);
              },
              // Shown in the dialog from the mutation's error state.
              () => undefined,
            )
          }
        >
          <Text as="p">{waiting ? t('book.leaveWaitlistBody') : t('book.cancelBody')}</Text>
        </ConfirmDialog>
      )}
    </>
  );
}
