import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  Radio,
  RadioGroup,
  Textarea,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { ModuleLanguage } from '@larnav/shared/catalog';
import { problemOf, useCreateModule } from '@larnav/web/api-client';
import { fieldErrorsOf, FormProblem, useProblemMessage } from '@larnav/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuthoringStyles } from '../shared/authoring.styles';

type FieldName = 'title' | 'estimatedMinutes';

/** "Ny modul": what it is called and about, its language and length; the editor opens on its draft. */
export function NewModuleDialog() {
  const { t } = useTranslation('authoring');
  const styles = useAuthoringStyles();
  const navigate = useNavigate();
  const create = useCreateModule();
  const problemMessage = useProblemMessage();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [language, setLanguage] = useState<ModuleLanguage>('sv');
  const [minutes, setMinutes] = useState('30');
  const [tags, setTags] = useState('');
  const [missing, setMissing] = useState<FieldName[]>([]);
  const apiErrors = fieldErrorsOf(problemOf(create.error));
  const fieldError = (field: FieldName) =>
    missing.includes(field) ? t(`newModule.errors.${field}`) : apiErrors[field];

  const reset = () => {
    setTitle('');
    setSummary('');
    setLanguage('sv');
    setMinutes('30');
    setTags('');
    setMissing([]);
    create.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const estimatedMinutes = Number(minutes);
    const gaps: FieldName[] = [
      ...(title.trim() ? [] : ['title' as const]),
      ...(Number.isInteger(estimatedMinutes) && estimatedMinutes >= 1 && estimatedMinutes <= 600
        ? []
        : ['estimatedMinutes' as const]),
    ];
    setMissing(gaps);
    if (gaps.length > 0) return;
    create.mutate(
      {
        title: title.trim(),
        summary: summary.trim() || undefined,
        language,
        estimatedMinutes,
        tags: tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
      },
      {
        onSuccess: (module) => {
          setOpen(false);
          reset();
          void navigate(`/modules/${module.id}`);
        },
      },
    );
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (!data.open) reset();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="primary" icon={<AddRegular />}>
          {t('newModule.open')}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t('newModule.title')}</DialogTitle>
            <DialogContent className={styles.form}>
              <Field label={t('frontMatter.title')} required validationMessage={fieldError('title')}>
                <Input value={title} maxLength={200} onChange={(_, data) => setTitle(data.value)} />
              </Field>
              <Field label={t('frontMatter.summary')} hint={t('frontMatter.summaryHint')}>
                <Textarea value={summary} maxLength={2000} onChange={(_, data) => setSummary(data.value)} />
              </Field>
              <Field label={t('frontMatter.language')}>
                <RadioGroup
                  layout="horizontal"
                  value={language}
                  onChange={(_, data) => setLanguage(data.value as ModuleLanguage)}
                >
                  <Radio value="sv" label={t('languages.sv')} />
                  <Radio value="en" label={t('languages.en')} />
                </RadioGroup>
              </Field>
              <Field
                label={t('frontMatter.estimatedMinutes')}
                required
                validationMessage={fieldError('estimatedMinutes')}
              >
                <Input type="number" min={1} max={600} value={minutes} onChange={(_, data) => setMinutes(data.value)} />
              </Field>
              <Field label={t('newModule.tags')} hint={t('newModule.tagsHint')}>
                <Input value={tags} onChange={(_, data) => setTags(data.value)} />
              </Field>
              <FormProblem message={create.isError ? problemMessage(problemOf(create.error)) : undefined} />
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary" disabled={create.isPending}>
                  {t('form.cancel')}
                </Button>
              </DialogTrigger>
              <Button type="submit" appearance="primary" disabled={create.isPending}>
                {create.isPending ? t('newModule.creating') : t('newModule.create')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
