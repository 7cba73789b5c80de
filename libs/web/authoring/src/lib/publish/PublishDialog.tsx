import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Radio,
  RadioGroup,
  Textarea,
} from '@fluentui/react-components';
import { ChangeSignificance } from '@larnav/shared/catalog';
import { problemOf, usePublishDraft } from '@larnav/web/api-client';
import { FormProblem, useProblemMessage } from '@larnav/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthoringStyles } from '../shared/authoring.styles';

export interface PublishDialogProps {
  moduleId: string;
  open: boolean;
  /** The draft revision the trainer has in front of them: publishing a newer one is refused (409). */
  revision: number;
  onClose: () => void;
  onPublished: (versionNumber: number | null) => void;
}

type Missing = 'changeNote' | 'significance';

/** "Publicera": a change note, and whether learners may have to take the module again. */
export function PublishDialog({ moduleId, open, revision, onClose, onPublished }: PublishDialogProps) {
  const { t } = useTranslation('authoring');
  const styles = useAuthoringStyles();
  const publish = usePublishDraft(moduleId);
  const problemMessage = useProblemMessage();
  const [changeNote, setChangeNote] = useState('');
  const [significance, setSignificance] = useState<ChangeSignificance | ''>('');
  const [missing, setMissing] = useState<Missing[]>([]);

  const close = () => {
    setChangeNote('');
    setSignificance('');
    setMissing([]);
    publish.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps: Missing[] = [
      ...(changeNote.trim() ? [] : ['changeNote' as const]),
      ...(significance ? [] : ['significance' as const]),
    ];
    setMissing(gaps);
    if (gaps.length > 0 || !significance) return;
    publish.mutate(
      { changeNote: changeNote.trim(), significance, revision },
      {
        onSuccess: (module) => {
          onPublished(module.publishedNumber);
          close();
        },
      },
    );
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        if (!data.open && !publish.isPending) close();
      }}
    >
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t('publish.title')}</DialogTitle>
            <DialogContent className={styles.form}>
              <Field
                label={t('publish.changeNote')}
                hint={t('publish.changeNoteHint')}
                required
                validationMessage={missing.includes('changeNote') ? t('publish.errors.changeNote') : undefined}
              >
                <Textarea value={changeNote} maxLength={2000} onChange={(_, data) => setChangeNote(data.value)} />
              </Field>
              <Field
                label={t('publish.significance')}
                required
                validationMessage={missing.includes('significance') ? t('publish.errors.significance') : undefined}
              >
                <RadioGroup
                  value={significance}
                  onChange={(_, data) => setSignificance(data.value as ChangeSignificance)}
                >
                  <Radio value={ChangeSignificance.Significant} label={t('publish.significant')} />
                  <Radio value={ChangeSignificance.Minor} label={t('publish.minor')} />
                </RadioGroup>
              </Field>
              <FormProblem message={publish.isError ? problemMessage(problemOf(publish.error)) : undefined} />
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={close} disabled={publish.isPending}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" appearance="primary" disabled={publish.isPending}>
                {publish.isPending ? t('publish.publishing') : t('publish.submit')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
