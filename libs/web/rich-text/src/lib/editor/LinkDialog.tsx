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
} from '@fluentui/react-components';
import { isSafeHref } from '@larnav/shared/rich-text';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface LinkDialogProps {
  open: boolean;
  /** The current link's address, when the selection is in one. */
  href: string | null;
  onSave: (href: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

/** Asks for a link's address and refuses, with a reason, any the server would refuse. */
export function LinkDialog({ open, href, onSave, onRemove, onClose }: LinkDialogProps) {
  const { t } = useTranslation('richText');
  const [address, setAddress] = useState(href ?? '');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = address.trim();
    if (!isSafeHref(trimmed)) return setInvalid(true);
    onSave(trimmed);
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t('link.title')}</DialogTitle>
            <DialogContent>
              <Field
                label={t('link.address')}
                hint={t('link.hint')}
                validationState={invalid ? 'error' : 'none'}
                validationMessage={invalid ? t('link.invalid') : undefined}
              >
                <Input
                  type="url"
                  value={address}
                  onChange={(_, data) => {
                    setAddress(data.value);
                    setInvalid(false);
                  }}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              {href !== null && (
                <Button appearance="secondary" onClick={onRemove}>
                  {t('link.remove')}
                </Button>
              )}
              <Button appearance="secondary" onClick={onClose}>
                {t('link.cancel')}
              </Button>
              <Button type="submit" appearance="primary">
                {t('link.save')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
