import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  Subtitle2,
  Switch,
  Textarea,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { type SamlSettings, useSaveSamlSettings } from '@larnav/web/api-client';
import { formatInstant, FormProblem, useNotify } from '@larnav/web/ui';
import { type FormEvent, Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminStyles } from '../shared/admin-page.styles';
import { useFormProblem } from '../shared/use-form-problem';
import { parseEmailDomains } from './email-domains';

/** This service's SAML metadata, public, for the IdP's administrators to register Lärnav with. */
const SP_METADATA_PATH = '/api/auth/saml/metadata';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: {
    ...typographyStyles.body1Strong,
    color: tokens.colorNeutralForeground2,
  },
  value: { margin: 0 },
  heading: { margin: 0 },
  metadata: { fontFamily: tokens.fontFamilyMonospace },
});

/**
 * SAML 2.0 for ADFS-style IdPs: what to register in the IdP (this service's addresses), and the
 * IdP's metadata pasted here, with what Lärnav read from it.
 */
export function SamlSettingsForm({ settings }: { settings: SamlSettings | null }) {
  const { t, i18n } = useTranslation('admin');
  const styles = useStyles();
  const adminStyles = useAdminStyles();
  const notify = useNotify();
  const save = useSaveSamlSettings();
  const [metadata, setMetadata] = useState(settings?.metadata ?? '');
  const [idpTenantId, setIdpTenantId] = useState(settings?.idpTenantId ?? '');
  const [emailDomains, setEmailDomains] = useState((settings?.emailDomains ?? []).join(', '));
  const [enabled, setEnabled] = useState(settings?.enabled ?? true);
  const [missing, setMissing] = useState(false);
  const problem = useFormProblem(save.error, {
    emailDomains: t('signIn.errors.emailDomains'),
  });
  // The API's own words on metadata say what is wrong with it (no signing certificate, …).
  const metadataError = missing ? t('signIn.saml.errors.metadata') : problem.fieldError('metadata');
  const current = save.data ?? settings;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!metadata.trim());
    if (!metadata.trim()) return;
    save.mutate(
      {
        metadata: metadata.trim(),
        idpTenantId: idpTenantId.trim(),
        emailDomains: parseEmailDomains(emailDomains),
        enabled,
      },
      { onSuccess: () => notify(t('signIn.saml.saved')) },
    );
  };

  return (
    <form className={adminStyles.form} onSubmit={submit} noValidate>
      <div className={adminStyles.formActions}>
        <Badge appearance="tint" color={current?.enabled ? 'success' : 'informative'}>
          {current
            ? current.enabled
              ? t('signIn.status.enabled')
              : t('signIn.status.disabled')
            : t('signIn.status.notConfigured')}
        </Badge>
      </div>
      <Subtitle2 as="h3" className={styles.heading}>
        {t('signIn.saml.serviceProvider')}
      </Subtitle2>
      <dl className={styles.facts}>
        {current && (
          <>
            <dt className={styles.term}>{t('signIn.saml.entityId')}</dt>
            <dd className={`${styles.value} ${adminStyles.code}`}>{current.serviceProvider.entityId}</dd>
            <dt className={styles.term}>{t('signIn.saml.acsUrl')}</dt>
            <dd className={`${styles.value} ${adminStyles.code}`}>{current.serviceProvider.acsUrl}</dd>
          </>
        )}
        <dt className={styles.term}>{t('signIn.saml.metadataUrl')}</dt>
        <dd className={`${styles.value} ${adminStyles.code}`}>
          {current?.serviceProvider.metadataUrl ?? `${window.location.origin}${SP_METADATA_PATH}`}
        </dd>
      </dl>
      {current?.idp && (
        <>
          <Subtitle2 as="h3" className={styles.heading}>
            {t('signIn.saml.identityProvider')}
          </Subtitle2>
          <dl className={styles.facts}>
            <dt className={styles.term}>{t('signIn.saml.entityId')}</dt>
            <dd className={`${styles.value} ${adminStyles.code}`}>{current.idp.entityId}</dd>
            <dt className={styles.term}>{t('signIn.saml.ssoUrl')}</dt>
            <dd className={`${styles.value} ${adminStyles.code}`}>{current.idp.ssoUrl}</dd>
            {current.idp.signingCertificates.map((certificate) => (
              <Fragment key={certificate.fingerprint256}>
                <dt className={styles.term}>{t('signIn.saml.certificate')}</dt>
                <dd className={styles.value}>
                  {t('signIn.saml.certificateValidTo', {
                    subject: certificate.subject,
                    date: formatInstant(certificate.validTo, i18n.language),
                  })}
                </dd>
              </Fragment>
            ))}
          </dl>
        </>
      )}
      <Field
        label={t('signIn.saml.metadata')}
        hint={t('signIn.saml.metadataHint')}
        required
        validationMessage={metadataError}
      >
        <Textarea
          className={styles.metadata}
          value={metadata}
          rows={8}
          resize="vertical"
          onChange={(_, data) => setMetadata(data.value)}
        />
      </Field>
      <Field
        label={t('signIn.idpTenantId')}
        hint={t('signIn.idpTenantIdHint')}
        validationMessage={problem.fieldError('idpTenantId')}
      >
        <Input value={idpTenantId} onChange={(_, data) => setIdpTenantId(data.value)} />
      </Field>
      <Field
        label={t('signIn.emailDomains')}
        hint={t('signIn.emailDomainsHint')}
        validationMessage={problem.fieldError('emailDomains')}
      >
        <Input value={emailDomains} onChange={(_, data) => setEmailDomains(data.value)} />
      </Field>
      <Field hint={t('signIn.enabledHint')}>
        <Switch label={t('signIn.saml.enabled')} checked={enabled} onChange={(_, data) => setEnabled(data.checked)} />
      </Field>
      <FormProblem message={problem.summary} />
      <div className={adminStyles.formActions}>
        <Button type="submit" appearance="primary" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('signIn.saml.save')}
        </Button>
      </div>
    </form>
  );
}
