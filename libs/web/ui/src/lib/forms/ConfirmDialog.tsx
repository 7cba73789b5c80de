import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from './FormProblem';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending: boolean;
  /** Why the action failed, if it did; the dialog stays open to try again. */
  problem?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone; an alert dialog, so Escape or Avbryt cancel. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  pending,
  problem,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation('ui');
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open && !pending) onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            {children}
            <FormProblem message={problem} />
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel} disabled={pending}>
              {t('form.cancel')}
            </Button>
            <Button appearance="primary" onClick={onConfirm} disabled={pending}>
              {confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
