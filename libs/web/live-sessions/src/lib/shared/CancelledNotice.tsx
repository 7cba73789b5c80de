import { Text } from '@fluentui/react-components';
import type { LiveSession } from '@larnav/web/api-client';
import { useTranslation } from 'react-i18next';
import { useLiveSessionStyles } from './live-sessions.styles';

/** "Inställt: <the trainer's reason>" on a cancelled session, for trainers and learners alike. */
export function CancelledNotice({ session }: { session: LiveSession }) {
  const { t } = useTranslation('live-sessions');
  const styles = useLiveSessionStyles();
  if (session.status !== 'cancelled') return null;
  // Sessions cancelled before reasons were asked for have none.
  return (
    <Text as="p" weight="semibold" className={styles.cancelledNotice}>
      {session.cancellationReason
        ? t('cancelled.withReason', { reason: session.cancellationReason })
        : t('cancelled.noReason')}
    </Text>
  );
}
