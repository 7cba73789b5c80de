import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { FormProblem } from '@larnav/web/ui';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveSessionStyles } from './live-sessions.styles';

interface SessionFormDialogProps {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  /** Why the API refused the last submit, translated. */
  problem: string | undefined;
  children: ReactNode;
}

/**
 * A form in a Fluent dialog, open while mounted: Avbryt and Escape close it, the submit button
 * is disabled while the request runs, and the API's refusal shows above the buttons.
 */
export function SessionFormDialog(props: SessionFormDialogProps) {
  const { t } = useTranslation('live-sessions');
  const styles = useLiveSessionStyles();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <Dialog
      open
      onOpenChange={(_, data) => {
        if (!data.open && !props.pending) props.onClose();
      }}
    >
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={styles.form}>
              {props.children}
              <FormProblem message={props.problem} />
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={props.onClose} disabled={props.pending}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" appearance="primary" disabled={props.pending}>
                {props.pending ? props.pendingLabel : props.submitLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
