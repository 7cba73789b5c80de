import { Button, Checkbox, Field, Input, makeStyles, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { ErrorCircle12Filled, KeyRegular } from '@fluentui/react-icons';
import { TOKEN_SCOPES } from '@larnav/contracts';
import { type TokenScope, useCreateIntegrationToken } from '@larnav/web/api-client';
import { addCalendarDays, CalendarDatePicker, endOfCalendarDay, FormProblem, todayInStockholm } from '@larnav/web/ui';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminStyles } from '../shared/admin-page.styles';
import { useFormProblem } from '../shared/use-form-problem';
import type { IssuedToken } from './TokenIssuedDialog';
import { scopeLabelKey } from './scope-label';
import { FormDialog } from '../shared/FormDialog';

const useStyles = makeStyles({
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: {
    ...typographyStyles.body1,
    padding: `0 0 ${tokens.spacingVerticalXXS}`,
    color: tokens.colorNeutralForeground1,
  },
  required: { color: tokens.colorPaletteRedForeground3 },
  error: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
  },
});

type Field = 'name' | 'scopes' | 'expiresAt';
const DEFAULT_LIFETIME_DAYS = 90;
const MAX_LIFETIME_DAYS = 365;

/** "Skapa nyckel": a name, what it may read, and the last day it works (at most a year ahead). */
export function CreateTokenDialog({ onIssued }: { onIssued: (token: IssuedToken) => void }) {
  const { t } = useTranslation('admin');
  const styles = useStyles();
  const adminStyles = useAdminStyles();
  const create = useCreateIntegrationToken();
  const today = todayInStockholm();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TokenScope[]>([]);
  const [expiresOn, setExpiresOn] = useState(() => addCalendarDays(today, DEFAULT_LIFETIME_DAYS));
  const [missing, setMissing] = useState<Field[]>([]);
  const scopesErrorId = useId();
  const problem = useFormProblem(create.error, {
    name: t('tokens.form.errors.name'),
    scopes: t('tokens.form.errors.scopes'),
    expiresAt: t('tokens.form.errors.expiresAt'),
  });
  const fieldError = (field: Field) =>
    missing.includes(field) ? t(`tokens.form.errors.${field}`) : problem.fieldError(field);
  const firstDay = addCalendarDays(today, 1);
  const lastDay = addCalendarDays(today, MAX_LIFETIME_DAYS);

  const reset = () => {
    setName('');
    setScopes([]);
    setExpiresOn(addCalendarDays(todayInStockholm(), DEFAULT_LIFETIME_DAYS));
    setMissing([]);
    create.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps: Field[] = [
      ...(name.trim() ? [] : ['name' as const]),
      ...(scopes.length > 0 ? [] : ['scopes' as const]),
      ...(expiresOn >= firstDay && expiresOn <= lastDay ? [] : ['expiresAt' as const]),
    ];
    setMissing(gaps);
    if (gaps.length > 0) return;
    create.mutate(
      { name: name.trim(), scopes, expiresAt: endOfCalendarDay(expiresOn) },
      {
        onSuccess: (issued) => {
          setOpen(false);
          // The value goes to the dialog that shows it, and nowhere else.
          onIssued({ name: issued.name, value: issued.token });
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
        <Button appearance="primary" icon={<KeyRegular />}>
          {t('tokens.create')}
        </Button>
      }
      title={t('tokens.form.title')}
      onSubmit={submit}
      pending={create.isPending}
      submitLabel={t('tokens.form.submit')}
      pendingLabel={t('tokens.form.submitting')}
      contentClassName={adminStyles.form}
    >
      <Field
        label={t('tokens.form.name')}
        hint={t('tokens.form.nameHint')}
        required
        validationMessage={fieldError('name')}
      >
        <Input value={name} maxLength={200} onChange={(_, data) => setName(data.value)} />
      </Field>
      {/* A group of checkboxes is a fieldset: Fluent's Field would name each box after the group. */}
      <fieldset className={styles.fieldset} aria-describedby={fieldError('scopes') ? scopesErrorId : undefined}>
        <legend className={styles.legend}>
          {t('tokens.form.scopes')}
          <span className={styles.required} aria-hidden>
            {' *'}
          </span>
        </legend>
        {(TOKEN_SCOPES as TokenScope[]).map((scope) => (
          <Checkbox
            key={scope}
            label={t(scopeLabelKey(scope))}
            checked={scopes.includes(scope)}
            onChange={(_, data) =>
              setScopes((current) => (data.checked ? [...current, scope] : current.filter((s) => s !== scope)))
            }
          />
        ))}
        {fieldError('scopes') && (
          <Text id={scopesErrorId} size={200} className={styles.error}>
            <ErrorCircle12Filled aria-hidden /> {fieldError('scopes')}
          </Text>
        )}
      </fieldset>
      <CalendarDatePicker
        label={t('tokens.form.expiresOn')}
        value={expiresOn}
        onChange={setExpiresOn}
        minDate={firstDay}
        maxDate={lastDay}
        required
        validationMessage={fieldError('expiresAt')}
      />
      <FormProblem message={problem.summary} />
    </FormDialog>
  );
}
