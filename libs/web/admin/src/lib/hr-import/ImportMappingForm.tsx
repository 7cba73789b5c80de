import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import { type HrImportDetail, type HrImportMapping, problemOf, useRemapHrImport } from '@larnav/web/api-client';
import { FormProblem, useProblemMessage } from '@larnav/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The fields in the order a person reads an HR export; the required ones are marked. */
const FIELDS: { field: keyof HrImportMapping; required: boolean }[] = [
  { field: 'employeeNumber', required: true },
  { field: 'name', required: false },
  { field: 'givenName', required: false },
  { field: 'familyName', required: false },
  { field: 'email', required: true },
  { field: 'orgUnitCode', required: true },
  { field: 'jobRole', required: false },
  { field: 'startDate', required: true },
  { field: 'endDate', required: false },
];

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
    gap: tokens.spacingVerticalM,
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Which column holds what; saving runs the dry run again with the choice. */
export function ImportMappingForm({ detail, onDone }: { detail: HrImportDetail; onDone?: () => void }) {
  const { t } = useTranslation('admin');
  const styles = useStyles();
  const message = useProblemMessage();
  const remap = useRemapHrImport();
  const [mapping, setMapping] = useState<HrImportMapping>(detail.mapping);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    remap.mutate({ id: detail.id, mapping }, { onSuccess: (next) => next.status !== 'unmapped' && onDone?.() });
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={t('hrImport.mapping.heading')} noValidate>
      {detail.mappingProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('hrImport.mapping.incomplete')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.grid}>
        {FIELDS.map(({ field, required }) => (
          <Field key={field} label={t(`hrImport.fields.${field}`)} required={required}>
            <Select
              value={mapping[field] ?? ''}
              onChange={(_event, data) => setMapping({ ...mapping, [field]: data.value || null })}
            >
              <option value="">{t('hrImport.mapping.none')}</option>
              {detail.headers
                .filter((header) => header !== '')
                .map((header) => (
                  <option key={header} value={header}>
                    {header}
                  </option>
                ))}
            </Select>
          </Field>
        ))}
      </div>
      <FormProblem message={remap.isError ? message(problemOf(remap.error)) : undefined} />
      <div>
        <Button appearance="primary" type="submit" disabled={remap.isPending}>
          {t('hrImport.mapping.save')}
        </Button>
      </div>
    </form>
  );
}
