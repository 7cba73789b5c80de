import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { TrainingStatus } from '@larnav/web/api-client';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<TrainingStatus, BadgeProps['color']> = {
  'not-started': 'informative',
  'in-progress': 'brand',
  completed: 'success',
  'expiring-soon': 'warning',
  expired: 'danger',
  overdue: 'danger',
  exempt: 'subtle',
};

/** A module's status for me, in words (never colour alone). */
export function TrainingStatusBadge({ status }: { status: TrainingStatus }) {
  const { t } = useTranslation('learner');
  return (
    <Badge appearance="tint" color={COLOURS[status]} shape="rounded">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** "Tilldelad av Karin Sjöberg" is stored in Swedish; English readers get it in English. */
export function useReasonText(): (reason: string | null) => string | null {
  const { t } = useTranslation('learner');
  return (reason) => {
    if (!reason) return null;
    const by = /^Tilldelad av (.+)$/.exec(reason);
    if (by) return t('training.assignedBy', { name: by[1] });
    return reason === 'Tilldelad' ? t('training.assigned') : reason;
  };
}
