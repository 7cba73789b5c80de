import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminStyles } from '../shared/admin-page.styles';

const useStyles = makeStyles({
  value: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    flexWrap: 'wrap',
  },
  input: {
    flexGrow: 1,
    minWidth: '240px',
    fontFamily: tokens.fontFamilyMonospace,
  },
});

export interface IssuedToken {
  name: string;
  value: string;
}

/**
 * Shows a new token's value, the one time it can be seen: a warning, the value to select or
 * copy, and a close button that makes the value gone for good.
 */
export function TokenIssuedDialog({ token, onClose }: { token: IssuedToken | null; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const styles = useStyles();
  const adminStyles = useAdminStyles();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copyValue = async () => {
    if (!token) return;
    try {
      await navigator.clipboard.writeText(token.value);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <Dialog
      open={token !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) {
          setCopy('idle');
          onClose();
        }
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('tokens.issued.title', { name: token?.name ?? '' })}</DialogTitle>
          <DialogContent className={adminStyles.form}>
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t('tokens.issued.warningTitle')}</MessageBarTitle>
                {t('tokens.issued.warning')}
              </MessageBarBody>
            </MessageBar>
            <Field label={t('tokens.issued.label')}>
              <div className={styles.value}>
                <Input
                  className={styles.input}
                  readOnly
                  value={token?.value ?? ''}
                  data-testid="issued-token"
                  onFocus={(event) => event.target.select()}
                />
                <Button
                  icon={copy === 'copied' ? <CheckmarkRegular /> : <CopyRegular />}
                  onClick={() => void copyValue()}
                >
                  {t('tokens.issued.copy')}
                </Button>
              </div>
            </Field>
            <Text role="status" aria-live="polite">
              {copy === 'copied' && t('tokens.issued.copied')}
              {copy === 'failed' && t('tokens.issued.copyFailed')}
            </Text>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setCopy('idle');
                onClose();
              }}
            >
              {t('tokens.issued.done')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
