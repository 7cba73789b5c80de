import { Switch, Text } from '@fluentui/react-components';
import { problemOf, useRegionalSharing, useSetRegionalSharing } from '@larnav/web/api-client';
import { ErrorState, formatInstant, FormProblem, LoadingState, Panel, useProblemMessage } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useAdminStyles } from '../shared/admin-page.styles';

/**
 * Whether this municipality's coverage of the region's shared modules is shown in the region's
 * comparison. Off until an admin turns it on: what a municipality shows others is its decision.
 */
export function RegionalSharingPage() {
  const { t, i18n } = useTranslation('admin');
  const styles = useAdminStyles();
  const sharing = useRegionalSharing();
  const save = useSetRegionalSharing();
  const problemMessage = useProblemMessage();

  if (sharing.isPending) return <LoadingState />;
  if (sharing.isError) return <ErrorState problem={problemOf(sharing.error)} onRetry={() => sharing.refetch()} />;
  const { shares, since, computedAt } = sharing.data;
  const language = i18n.resolvedLanguage ?? i18n.language;

  return (
    <Panel heading={t('regional.heading')}>
      <div className={styles.stack}>
        <Text>{t('regional.intro')}</Text>
        <Switch
          label={t('regional.share')}
          checked={shares}
          disabled={save.isPending}
          onChange={(_, data) => save.mutate(data.checked)}
        />
        <Text role="status">
          {shares
            ? computedAt
              ? t('regional.sharedSince', {
                  since: formatInstant(since ?? computedAt, language),
                  computed: formatInstant(computedAt, language),
                })
              : t('regional.computing')
            : t('regional.notShared')}
        </Text>
        <FormProblem message={save.error ? problemMessage(problemOf(save.error)) : undefined} />
      </div>
    </Panel>
  );
}
