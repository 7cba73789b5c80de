import { Badge, Button, Field, Input, MessageBar, MessageBarBody, Switch } from '@fluentui/react-components';
import { type OidcSettings, useSaveOidcSettings } from '@larnav/web/api-client';
import { FormProblem, useNotify } from '@larnav/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminStyles } from '../shared/admin-page.styles';
import { useFormProblem } from '../shared/use-form-problem';
import { parseEmailDomains } from './email-domains';

type Field = 'issuer' | 'clientId' | 'clientSecret';

/**
 * The municipality's OpenID Connect provider. The client secret is write-only: the form says
 * whether one is stored and leaves the field empty, which keeps it.
 */
export function OidcSettingsForm({
  settings,
  fromEnvironment,
}: {
  /** null when nothing is saved for the municipality yet. */
  settings: OidcSettings | null;
  /** Sign-in works from the server's own settings (environment), which a save here replaces. */
  fromEnvironment: boolean;
}) {
  const { t } = useTranslation('admin');
  const styles = useAdminStyles();
  const notify = useNotify();
  const save = useSaveOidcSettings();
  const [issuer, setIssuer] = useState(settings?.issuer ?? '');
  const [clientId, setClientId] = useState(settings?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [scopes, setScopes] = useState(settings?.scopes ?? 'openid profile email');
  const [idpTenantId, setIdpTenantId] = useState(settings?.idpTenantId ?? '');
  const [emailDomains, setEmailDomains] = useState((settings?.emailDomains ?? []).join(', '));
  const [enabled, setEnabled] = useState(settings?.enabled ?? true);
  const [missing, setMissing] = useState<Field[]>([]);
  const hasSecret = settings?.hasClientSecret ?? false;
  const problem = useFormProblem(save.error, {
    issuer: t('signIn.oidc.errors.issuer'),
    clientId: t('signIn.oidc.errors.clientId'),
    clientSecret: t('signIn.oidc.errors.clientSecret'),
    scopes: t('signIn.oidc.errors.scopes'),
    emailDomains: t('signIn.errors.emailDomains'),
  });
  const fieldError = (field: string) =>
    missing.includes(field as Field) ? t(`signIn.oidc.errors.${field}`) : problem.fieldError(field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps: Field[] = [
      ...(issuer.trim() ? [] : ['issuer' as const]),
      ...(clientId.trim() ? [] : ['clientId' as const]),
      // Without a stored secret, sign-in cannot work: ask for one.
      ...(hasSecret || clientSecret ? [] : ['clientSecret' as const]),
    ];
    setMissing(gaps);
    if (gaps.length > 0) return;
    save.mutate(
      {
        issuer: issuer.trim(),
        clientId: clientId.trim(),
        ...(clientSecret ? { clientSecret } : {}),
        scopes: scopes.trim() || 'openid profile email',
        idpTenantId: idpTenantId.trim(),
        emailDomains: parseEmailDomains(emailDomains),
        enabled,
      },
      {
        onSuccess: () => {
          setClientSecret('');
          notify(t('signIn.oidc.saved'));
        },
      },
    );
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <div className={styles.formActions}>
        <Badge appearance="tint" color={settings?.enabled || fromEnvironment ? 'success' : 'informative'}>
          {settings
            ? settings.enabled
              ? t('signIn.status.enabled')
              : t('signIn.status.disabled')
            : fromEnvironment
              ? t('signIn.status.environment')
              : t('signIn.status.notConfigured')}
        </Badge>
      </div>
      {fromEnvironment && !settings && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('signIn.oidc.environment')}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        label={t('signIn.oidc.issuer')}
        hint={t('signIn.oidc.issuerHint')}
        required
        validationMessage={fieldError('issuer')}
      >
        <Input type="url" value={issuer} onChange={(_, data) => setIssuer(data.value)} />
      </Field>
      <Field label={t('signIn.oidc.clientId')} required validationMessage={fieldError('clientId')}>
        <Input value={clientId} onChange={(_, data) => setClientId(data.value)} />
      </Field>
      <Field
        label={t('signIn.oidc.clientSecret')}
        hint={hasSecret ? t('signIn.oidc.secretStored') : t('signIn.oidc.secretMissing')}
        required={!hasSecret}
        validationMessage={fieldError('clientSecret')}
      >
        <Input
          type="password"
          autoComplete="new-password"
          value={clientSecret}
          placeholder={hasSecret ? t('signIn.oidc.secretPlaceholder') : undefined}
          onChange={(_, data) => setClientSecret(data.value)}
        />
      </Field>
      <Field
        label={t('signIn.oidc.scopes')}
        hint={t('signIn.oidc.scopesHint')}
        validationMessage={fieldError('scopes')}
      >
        <Input value={scopes} onChange={(_, data) => setScopes(data.value)} />
      </Field>
      <Field
        label={t('signIn.idpTenantId')}
        hint={t('signIn.idpTenantIdHint')}
        validationMessage={fieldError('idpTenantId')}
      >
        <Input value={idpTenantId} onChange={(_, data) => setIdpTenantId(data.value)} />
      </Field>
      <Field
        label={t('signIn.emailDomains')}
        hint={t('signIn.emailDomainsHint')}
        validationMessage={fieldError('emailDomains')}
      >
        <Input value={emailDomains} onChange={(_, data) => setEmailDomains(data.value)} />
      </Field>
      <Field hint={t('signIn.enabledHint')}>
        <Switch label={t('signIn.oidc.enabled')} checked={enabled} onChange={(_, data) => setEnabled(data.checked)} />
      </Field>
      <FormProblem message={problem.summary} />
      <div className={styles.formActions}>
        <Button type="submit" appearance="primary" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('signIn.oidc.save')}
        </Button>
      </div>
    </form>
  );
}
