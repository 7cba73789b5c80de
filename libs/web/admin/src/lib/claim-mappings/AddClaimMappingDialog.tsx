import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { type ClaimMapping, useCreateClaimMapping } from '@larnav/web/api-client';
import { FormProblem, useNotify } from '@larnav/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminStyles } from '../shared/admin-page.styles';
import { UnitCombobox } from '../shared/UnitCombobox';
import { useFormProblem } from '../shared/use-form-problem';
import { FormDialog } from '../shared/FormDialog';

type Effect = ClaimMapping['effect'];
type Field = 'claim' | 'value' | 'orgUnitId';
const EFFECTS: readonly Effect[] = ['unit', 'hr-scope'];

/** "Lägg till koppling": a claim value from the sign-in service → a unit, or an HR scope. */
export function AddClaimMappingDialog() {
  const { t } = useTranslation('admin');
  const styles = useAdminStyles();
  const notify = useNotify();
  const create = useCreateClaimMapping();
  const [open, setOpen] = useState(false);
  const [claim, setClaim] = useState('groups');
  const [value, setValue] = useState('');
  const [effect, setEffect] = useState<Effect>('unit');
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  const [jobRole, setJobRole] = useState('');
  const [missing, setMissing] = useState<Field[]>([]);
  const problem = useFormProblem(create.error, {
    claim: t('claimMappings.form.errors.claim'),
    value: t('claimMappings.form.errors.value'),
    orgUnitId: t('claimMappings.form.errors.orgUnitId'),
    jobRole: t('claimMappings.form.errors.jobRole'),
  });
  const fieldError = (field: Field | 'jobRole') =>
    missing.includes(field as Field) ? t(`claimMappings.form.errors.${field}`) : problem.fieldError(field);

  const reset = () => {
    setClaim('groups');
    setValue('');
    setEffect('unit');
    setOrgUnitId(null);
    setJobRole('');
    setMissing([]);
    create.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps: Field[] = [
      ...(claim.trim() ? [] : ['claim' as const]),
      ...(value.trim() ? [] : ['value' as const]),
      ...(orgUnitId ? [] : ['orgUnitId' as const]),
    ];
    setMissing(gaps);
    if (gaps.length > 0 || !orgUnitId) return;
    create.mutate(
      {
        claim: claim.trim(),
        value: value.trim(),
        effect,
        orgUnitId,
        ...(effect === 'unit' && jobRole.trim() ? { jobRole: jobRole.trim() } : {}),
      },
      {
        onSuccess: (made) => {
          notify(t('claimMappings.added', { unit: made.orgUnitName }));
          setOpen(false);
          reset();
        },
      },
    );
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={(isOpen) => {
        setOpen(isOpen);
        if (!isOpen) reset();
      }}
      trigger={
        <Button appearance="primary" icon={<AddRegular />}>
          {t('claimMappings.add')}
        </Button>
      }
      title={t('claimMappings.form.title')}
      onSubmit={submit}
      pending={create.isPending}
      submitLabel={t('claimMappings.form.submit')}
      pendingLabel={t('form.saving')}
      contentClassName={styles.form}
    >
      <Field
        label={t('claimMappings.form.claim')}
        hint={t('claimMappings.form.claimHint')}
        required
        validationMessage={fieldError('claim')}
      >
        <Input value={claim} onChange={(_, data) => setClaim(data.value)} />
      </Field>
      <Field
        label={t('claimMappings.form.value')}
        hint={t('claimMappings.form.valueHint')}
        required
        validationMessage={fieldError('value')}
      >
        <Input value={value} onChange={(_, data) => setValue(data.value)} />
      </Field>
      <Field label={t('claimMappings.form.effect')} required>
        <RadioGroup value={effect} onChange={(_, data) => setEffect(data.value as Effect)}>
          {EFFECTS.map((option) => (
            <Radio key={option} value={option} label={t(`claimMappings.effects.${option}Long`)} />
          ))}
        </RadioGroup>
      </Field>
      <UnitCombobox
        label={effect === 'unit' ? t('claimMappings.form.unit') : t('claimMappings.form.hrUnit')}
        value={orgUnitId}
        onChange={setOrgUnitId}
        required
        validationMessage={fieldError('orgUnitId')}
      />
      {effect === 'unit' && (
        <Field
          label={t('claimMappings.form.jobRole')}
          hint={t('claimMappings.form.jobRoleHint')}
          validationMessage={fieldError('jobRole')}
        >
          <Input value={jobRole} onChange={(_, data) => setJobRole(data.value)} />
        </Field>
      )}
      <FormProblem message={problem.summary} />
    </FormDialog>
  );
}
