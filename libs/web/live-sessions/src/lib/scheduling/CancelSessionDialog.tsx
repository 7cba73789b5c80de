import { Field, Text, Textarea } from '@fluentui/react-components';
import { type LiveSession, problemOf, useCancelSession } from '@larnav/web/api-client';
import { useNotify, useProblemMessage } from '@larnav/web/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveSessionStyles } from '../shared/live-sessions.styles';
import { SessionFormDialog } from '../shared/SessionFormDialog';
import { formatSessionTimes } from '../shared/session-time';

/** As the API allows: the reason is trimmed and 1–500 characters. */
export const REASON_MAX = 500;

/**
 * Asks why before cancelling: everyone booked or waiting gets the reason by mail and a
 * cancellation in their calendar, and sees the reason on the session.
 */
export function CancelSessionDialog({ session, onClose }: { session: LiveSession; onClose: () => void }) {
  const { t, i18n } = useTranslation('live-sessions');
  const styles = useLiveSessionStyles();
  const cancel = useCancelSession();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const when = formatSessionTimes(session.startsLocal, session.endsLocal, i18n.language);

  const submit = () => {
    const trimmed = reason.trim();
    if (!trimmed) {
      setMissing(true);
      // Back to the field that needs an answer, so a keyboard or screen-reader user is where the message is.
      field.current?.focus();
      return;
    }
    cancel.mutate(
      { sessionId: session.id, reason: trimmed },
      {
        onSuccess: () => {
          notify(t('cancelSession.done', { when }));
          onClose();
        },
      },
    );
  };

  return (
    <SessionFormDialog
      title={t('cancelSession.title', { when })}
      onClose={onClose}
      onSubmit={submit}
      pending={cancel.isPending}
      submitLabel={t('cancelSession.confirm')}
      pendingLabel={t('cancelSession.pending')}
      problem={cancel.isError ? problemMessage(problemOf(cancel.error)) : undefined}
    >
      <Text as="p" className={styles.intro}>
        {t('cancelSession.body', { booked: session.bookedCount, waiting: session.waitlistCount })}
      </Text>
      <Field
        label={t('cancelSession.reason')}
        hint={t('cancelSession.reasonHint', { max: REASON_MAX })}
        required
        validationMessage={missing ? t('cancelSession.reasonMissing') : undefined}
      >
        <Textarea
          ref={field}
          value={reason}
          maxLength={REASON_MAX}
          rows={3}
          resize="vertical"
          onChange={(_, d) => {
            setReason(d.value);
            if (d.value.trim()) setMissing(false);
          }}
        />
      </Field>
    </SessionFormDialog>
  );
}
