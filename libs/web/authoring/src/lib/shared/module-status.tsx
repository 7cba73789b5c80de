import { Badge } from '@fluentui/react-components';
import type { ModuleSummary } from '@larnav/web/api-client';
import { useTranslation } from 'react-i18next';

/** "Publicerad, version 2" and, while someone edits, "Utkast": what learners take and what is coming. */
export function ModuleStatusBadges({ module }: { module: Pick<ModuleSummary, 'publishedNumber' | 'hasDraft'> }) {
  const { t } = useTranslation('authoring');
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
      {module.publishedNumber !== null && (
        <Badge appearance="tint" color="success">
          {t('status.published', { number: module.publishedNumber })}
        </Badge>
      )}
      {module.hasDraft && (
        <Badge appearance="tint" color="warning">
          {t('status.draft')}
        </Badge>
      )}
    </span>
  );
}
