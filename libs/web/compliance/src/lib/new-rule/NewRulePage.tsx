import { Button, Checkbox, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { UnitCombobox, useFormProblem } from '@larnav/web/admin';
import { type DueBasis, useCreateRule } from '@larnav/web/api-client';
import {
  addCalendarDays,
  CalendarDatePicker,
  FormProblem,
  PageHeader,
  todayInStockholm,
  useNotify,
} from '@larnav/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RULES_PATH } from '../paths';
import { useComplianceStyles } from '../shared/compliance.styles';
import { JobRoleCombobox } from '../shared/JobRoleCombobox';
import { ModuleCombobox } from '../shared/ModuleCombobox';
import { RouteButton } from '../shared/RouteButton';
import {
  DUE_BASES,
  emptyDraft,
  previewInput,
  problemsOf,
  type RuleDraft,
  type RuleField,
  ruleInput,
} from './rule-form';
import { RulePreviewPanel } from './RulePreviewPanel';

/** "Ny regel": what module, of whom, due when; the preview beside it says whom it reaches before saving. */
export function NewRulePage() {
  const { t } = useTranslation('compliance');
  const styles = useComplianceStyles();
  const navigate = useNavigate();
  const notify = useNotify();
  const create = useCreateRule();
  const [draft, setDraft] = useState<RuleDraft>(() => {
    const today = todayInStockholm();
    return emptyDraft(today, addCalendarDays(today, 30));
  });
  const [shown, setShown] = useState<RuleField[]>([]);
  const problem = useFormProblem(create.error, {
    name: t('form.errors.name'),
    moduleId: t('form.errors.moduleId'),
    dueDays: t('form.errors.dueDays'),
    dueDate: t('form.errors.dueDate'),
    recertifyMonths: t('form.errors.recertifyMonths'),
    validFrom: t('form.errors.validFrom'),
  });
  const fieldError = (field: RuleField) =>
    shown.includes(field) ? t(`form.errors.${field}`) : problem.fieldError(field);
  const change = (patch: Partial<RuleDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShown(problemsOf(draft));
    const input = ruleInput(draft);
    if (!input) return;
    create.mutate(input, {
      onSuccess: (rule) => {
        notify(t('form.created', { name: rule.name }));
        void navigate(RULES_PATH);
      },
    });
  };

  return (
    <>
      <PageHeader title={t('form.title')} documentTitle={t('form.pageTitle')}>
        {t('form.intro')}
      </PageHeader>
      <div className={styles.layout}>
        <form className={styles.form} onSubmit={submit} noValidate aria-label={t('form.title')}>
          <Field label={t('form.name')} hint={t('form.nameHint')} required validationMessage={fieldError('name')}>
            <Input value={draft.name} maxLength={200} onChange={(_, data) => change({ name: data.value })} />
          </Field>
          <ModuleCombobox
            value={draft.moduleId}
            onChange={(moduleId) => change({ moduleId })}
            validationMessage={fieldError('moduleId')}
          />
          <UnitCombobox
            label={t('form.unit')}
            hint={t('form.unitHint')}
            value={draft.targetOrgUnitId}
            onChange={(targetOrgUnitId) => change({ targetOrgUnitId })}
            validationMessage={problem.fieldError('targetOrgUnitId')}
          />
          <JobRoleCombobox
            value={draft.targetJobRole}
            onChange={(targetJobRole) => change({ targetJobRole })}
            validationMessage={problem.fieldError('targetJobRole')}
          />
          <Field label={t('form.dueBasis')} required validationMessage={problem.fieldError('dueBasis')}>
            <RadioGroup value={draft.dueBasis} onChange={(_, data) => change({ dueBasis: data.value as DueBasis })}>
              {DUE_BASES.map((basis) => (
                <Radio key={basis} value={basis} label={t(`form.dueBases.${basis}`)} />
              ))}
            </RadioGroup>
          </Field>
          {draft.dueBasis === 'fixed-date' ? (
            <CalendarDatePicker
              label={t('form.dueDate')}
              value={draft.dueDate}
              onChange={(dueDate) => change({ dueDate })}
              required
              validationMessage={fieldError('dueDate')}
            />
          ) : (
            <Field
              label={t('form.dueDays')}
              hint={t('form.dueDaysHint')}
              required
              validationMessage={fieldError('dueDays')}
            >
              <Input
                value={draft.dueDays}
                inputMode="numeric"
                onChange={(_, data) => change({ dueDays: data.value })}
              />
            </Field>
          )}
          <Field
            label={t('form.recertifyMonths')}
            hint={t('form.recertifyMonthsHint')}
            validationMessage={fieldError('recertifyMonths')}
          >
            <Input
              value={draft.recertifyMonths}
              inputMode="numeric"
              onChange={(_, data) => change({ recertifyMonths: data.value })}
            />
          </Field>
          <Checkbox
            checked={draft.redoOnSignificant}
            onChange={(_, data) => change({ redoOnSignificant: data.checked === true })}
            label={t('form.redoOnSignificant')}
          />
          <CalendarDatePicker
            label={t('form.validFrom')}
            value={draft.validFrom}
            onChange={(validFrom) => change({ validFrom })}
            required
            validationMessage={fieldError('validFrom')}
          />
          <FormProblem message={problem.summary} />
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={create.isPending}>
              {create.isPending ? t('form.submitting') : t('form.submit')}
            </Button>
            <RouteButton to={RULES_PATH}>{t('form.cancel')}</RouteButton>
          </div>
        </form>
        <RulePreviewPanel input={previewInput(draft)} className={styles.sticky} />
      </div>
    </>
  );
}
