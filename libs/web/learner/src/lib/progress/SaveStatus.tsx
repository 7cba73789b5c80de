import { Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgress } from './ProgressProvider';

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/**
 * Says calmly whether what the learner does is kept: offline, the server away, saving, or
 * "Sparat", which appears only once the server has confirmed everything.
 */
export function SaveStatus() {
  const { t } = useTranslation('learner');
  const { status, failed } = useProgress();
  const online = useOnline();
  const text = failed
    ? t('save.unavailable')
    : !online || status.waiting === 'offline'
      ? t('save.offline')
      : status.waiting === 'server'
        ? t('save.serverAway')
        : status.pending > 0
          ? t('save.saving')
          : status.saved
            ? t('save.saved')
            : '';
  return (
    <Text role="status" aria-live="polite" data-testid="save-status">
      {text}
    </Text>
  );
}
