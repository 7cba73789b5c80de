import { Body1, Body1Strong, Caption1, Spinner } from '@fluentui/react-components';
import { problemOf, type RuleInput, useRulePreview } from '@larnav/web/api-client';
import { Panel, useProblemMessage } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useDebouncedText } from './use-debounced-text';

/**
 * What the rule would do today, worked out by the API's own engine as the form changes: how many
 * people it requires the module of, and how many of them have already done it.
 */
export function RulePreviewPanel({ input, className }: { input: RuleInput | null; className?: string }) {
  const { t } = useTranslation('compliance');
  const problemMessage = useProblemMessage();
  const settled = useDebouncedText(JSON.stringify(input), 400);
  const preview = useRulePreview(JSON.parse(settled) as RuleInput | null);

  const content = () => {
    if (!input) return <Body1>{t('preview.incomplete')}</Body1>;
    if (preview.isError) return <Body1>{problemMessage(problemOf(preview.error))}</Body1>;
    if (!preview.data) return <Spinner size="tiny" label={t('preview.counting')} />;
    const { people, completed, overdue } = preview.data;
    return (
      <>
        <Body1Strong as="p">{t('preview.assigns', { count: people, completed })}</Body1Strong>
        {overdue > 0 && <Body1 as="p">{t('preview.overdue', { count: overdue })}</Body1>}
        {preview.isFetching && <Caption1>{t('preview.updating')}</Caption1>}
      </>
    );
  };

  return (
    <Panel heading={t('preview.heading')} className={className}>
      {/* Announced as it changes, without moving focus from the field being edited. */}
      <div role="status" aria-live="polite">
        {content()}
      </div>
      <Caption1>{t('preview.today')}</Caption1>
    </Panel>
  );
}
