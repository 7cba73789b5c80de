import { Combobox, Field, Option } from '@fluentui/react-components';
import { useJobRoles } from '@larnav/web/api-client';
import { useTranslation } from 'react-i18next';

export interface JobRoleComboboxProps {
  value: string;
  onChange: (jobRole: string) => void;
  validationMessage?: string;
}

/**
 * The job role a rule targets: today's roles offered as one types, since a misspelt role matches
 * nobody; free text still, for a role nobody holds yet.
 */
export function JobRoleCombobox({ value, onChange, validationMessage }: JobRoleComboboxProps) {
  const { t } = useTranslation('compliance');
  const roles = useJobRoles();
  const needle = value.trim().toLocaleLowerCase('sv');
  const shown = (roles.data ?? []).filter((role) => role.jobRole.toLocaleLowerCase('sv').includes(needle));

  return (
    <Field label={t('form.jobRole')} hint={t('form.jobRoleHint')} validationMessage={validationMessage}>
      <Combobox
        freeform
        value={value}
        selectedOptions={[]}
        placeholder={roles.isPending ? t('form.loadingJobRoles') : t('form.typeToSearch')}
        onChange={(event) => onChange(event.target.value)}
        onOptionSelect={(_, data) => {
          if (data.optionValue !== undefined) onChange(data.optionValue);
        }}
      >
        {shown.map((role) => (
          <Option key={role.jobRole} value={role.jobRole} text={role.jobRole}>
            {t('form.jobRoleOption', { jobRole: role.jobRole, count: role.people })}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
