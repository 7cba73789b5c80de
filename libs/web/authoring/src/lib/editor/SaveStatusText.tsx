import {
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular, CircleRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import { problemOf } from '@larnav/web/api-client';
import { useProblemMessage } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../draft/use-draft-autosave';

const COLOR = {
  saved: 'success',
  saving: 'informative',
  unsaved: 'warning',
  invalid: 'warning',
  failed: 'danger',
  conflict: 'danger',
} as const;

/** "Sparat", "Sparar…", "Ej sparat": always visible, and said politely when it changes. */
export function SaveStatusText({ status, problemCount }: { status: SaveStatus; problemCount: number }) {
  const { t } = useTranslation('authoring');
  const icon =
    status === 'saved' ? (
      <CheckmarkCircleRegular />
    ) : status === 'failed' || status === 'conflict' ? (
      <ErrorCircleRegular />
    ) : (
      <CircleRegular />
    );
  return (
    <span role="status" aria-live="polite" data-testid="save-status">
      <Badge appearance="tint" color={COLOR[status]} icon={icon} size="large">
        {t(`saveStatus.${status}`, { count: problemCount })}
      </Badge>
    </span>
  );
}

/** Why the last save failed (not a conflict), with the server's own words, and "Försök igen". */
export function SaveFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('authoring');
  const problemMessage = useProblemMessage();
  const problem = problemOf(error);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('saveFailure.title')}</MessageBarTitle>
        {problemMessage(problem)}
        {problem?.errors?.map((fieldError) => (
          <div key={`${fieldError.field}:${fieldError.message}`}>{fieldError.message}</div>
        ))}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t('saveFailure.retry')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Another trainer saved the draft meanwhile: autosave has stopped, and these are the ways on. */
export function ConflictBar({
  onLoadTheirs,
  onKeepMine,
  pending,
}: {
  onLoadTheirs: () => void;
  onKeepMine: () => void;
  pending: boolean;
}) {
  const { t } = useTranslation('authoring');
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('conflict.title')}</MessageBarTitle>
        {t('conflict.body')}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onLoadTheirs} disabled={pending}>
          {t('conflict.loadTheirs')}
        </Button>
        <Button appearance="primary" onClick={onKeepMine} disabled={pending}>
          {t('conflict.keepMine')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
