import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import type { FormEvent, ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormDialogProps {
  open: boolean;
  /** Closing (Cancel, Escape, outside click) also resets the form, through the caller. */
  onOpenChange: (open: boolean) => void;
  /** The button that opens the dialog. */
  trigger: ReactElement;
  title: string;
  onSubmit: (event: FormEvent) => void;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  /** Class for the fields' layout. */
  contentClassName?: string;
  children: ReactNode;
}

/**
 * The frame every admin form dialog shares: a Fluent dialog holding a form, its fields, and
 * Cancel and submit buttons that are disabled while the request runs.
 */
export function FormDialog(props: FormDialogProps) {
  const { t } = useTranslation('admin');
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => props.onOpenChange(data.open)}>
      <DialogTrigger disableButtonEnhancement>{props.trigger}</DialogTrigger>
      <DialogSurface>
        <form onSubmit={props.onSubmit} noValidate>
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={props.contentClassName}>{props.children}</DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary" disabled={props.pending}>
                  {t('form.cancel')}
                </Button>
              </DialogTrigger>
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
