import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/** Why the last submit failed, above the form's buttons; announced when it appears. */
export function FormProblem({ message }: { message: string | undefined }) {
  const { t } = useTranslation('ui');
  if (!message) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('form.failed')}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
