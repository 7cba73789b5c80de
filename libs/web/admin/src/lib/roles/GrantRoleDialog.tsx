import { Button, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useGrantRole } from '@larnav/web/api-client';
import { FormProblem, useNotify, useRoleLabel } from '@larnav/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminStyles } from '../shared/admin-page.styles';
import { type PersonChoice, PersonCombobox } from '../shared/PersonCombobox';
import { UnitCombobox } from '../shared/UnitCombobox';
import { useFormProblem } from '../shared/use-form-problem';
import { GRANTABLE, type GrantableRole, grantInput, type GrantRoleField, missingForGrant } from './grant-role-form';
import { FormDialog } from '../shared/FormDialog';

/** "Ge en roll": pick a unit, a person in it, the role, and for HR the unit they answer for. */
export function GrantRoleDialog() {
  const { t } = useTranslation('admin');
  const styles = useAdminStyles();
  const roleLabel = useRoleLabel();
  const notify = useNotify();
  const grant = useGrantRole();
  const [open, setOpen] = useState(false);
  const [personUnitId, setPersonUnitId] = useState<string | null>(null);
  const [person, setPerson] = useState<PersonChoice | null>(null);
  const [role, setRole] = useState<GrantableRole | null>(null);
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  const [missing, setMissing] = useState<GrantRoleField[]>([]);
  const draft = { personId: person?.id ?? null, role, orgUnitId };
  const problem = useFormProblem(grant.error, {
    personId: t('roles.form.errors.personId'),
    role: t('roles.form.errors.role'),
    orgUnitId: t('roles.form.errors.orgUnitId'),
  });
  const fieldError = (field: GrantRoleField) =>
    missing.includes(field) ? t(`roles.form.errors.${field}`) : problem.fieldError(field);

  const reset = () => {
    setPersonUnitId(null);
    setPerson(null);
    setRole(null);
    setOrgUnitId(null);
    setMissing([]);
    grant.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = missingForGrant(draft);
    setMissing(gaps);
    if (gaps.length > 0) return;
    grant.mutate(grantInput(draft), {
      onSuccess: (made) => {
        notify(
          t('roles.granted', {
            role: roleLabel(made.role),
            person: made.personName,
          }),
        );
        setOpen(false);
        reset();
      },
    });
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={(isOpen) => {
        setOpen(isOpen);
        if (!isOpen) reset();
      }}
      trigger={
        <Button appearance="primary" icon={<PersonAddRegular />}>
          {t('roles.grant')}
        </Button>
      }
      title={t('roles.form.title')}
      onSubmit={submit}
      pending={grant.isPending}
      submitLabel={t('roles.form.submit')}
      pendingLabel={t('roles.form.submitting')}
      contentClassName={styles.form}
    >
      <UnitCombobox
        label={t('roles.form.personUnit')}
        hint={t('roles.form.personUnitHint')}
        value={personUnitId}
        onChange={(unitId) => {
          setPersonUnitId(unitId);
          setPerson(null);
        }}
      />
      <PersonCombobox
        label={t('roles.form.person')}
        unitId={personUnitId}
        value={person}
        onChange={setPerson}
        required
        validationMessage={fieldError('personId')}
      />
      <Field label={t('roles.form.role')} required validationMessage={fieldError('role')}>
        <RadioGroup value={role ?? ''} onChange={(_, data) => setRole(data.value as GrantableRole)}>
          {GRANTABLE.map((value) => (
            <Radio key={value} value={value} label={`${roleLabel(value)} – ${t(`roles.descriptions.${value}`)}`} />
          ))}
        </RadioGroup>
      </Field>
      {role === 'hr' && (
        <UnitCombobox
          label={t('roles.form.hrUnit')}
          hint={t('roles.form.hrUnitHint')}
          value={orgUnitId}
          onChange={setOrgUnitId}
          required
          validationMessage={fieldError('orgUnitId')}
        />
      )}
      <FormProblem message={problem.summary} />
    </FormDialog>
  );
}
