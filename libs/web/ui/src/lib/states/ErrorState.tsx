import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Problem } from '@larnav/contracts';
import { useTranslation } from 'react-i18next';
import { useProblemMessage } from './problem-message';

export interface ErrorStateProps {
  /** The API's problem, or undefined when the request never got an answer. */
  problem: Problem | undefined;
  onRetry?: () => void;
}

export function ErrorState({ problem, onRetry }: ErrorStateProps) {
  const { t } = useTranslation('ui');
  const message = useProblemMessage();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('problem.title')}</MessageBarTitle>
        {message(problem)}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
