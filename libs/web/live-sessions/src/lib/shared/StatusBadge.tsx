import { Badge } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { isKnownStatus, STATUS_COLOR } from './booking-status';

/** A booking's status in words; one this build does not know yet is shown as the API wrote it. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('live-sessions');
  const known = isKnownStatus(status);
  return (
    <Badge appearance="tint" color={known ? STATUS_COLOR[status] : 'informative'}>
      {known ? t(`status.${status}`) : status}
    </Badge>
  );
}
