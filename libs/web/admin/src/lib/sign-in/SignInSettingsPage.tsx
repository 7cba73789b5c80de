import { Body1 } from '@fluentui/react-components';
import { problemOf, useOidcSettings, useSamlSettings, useSignInMethods } from '@larnav/web/api-client';
import { ErrorState, LoadingState, Panel } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { useAdminStyles } from '../shared/admin-page.styles';
import { OidcSettingsForm } from './OidcSettingsForm';
import { SamlSettingsForm } from './SamlSettingsForm';

/** How the municipality's staff sign in: OpenID Connect (Entra ID) and/or SAML (ADFS). */
export function SignInSettingsPage() {
  const { t } = useTranslation('admin');
  const styles = useAdminStyles();
  const oidc = useOidcSettings();
  const saml = useSamlSettings();
  const methods = useSignInMethods();

  return (
    <div className={styles.stack}>
      <title>{t('signIn.pageTitle')}</title>
      <Panel heading={t('signIn.oidc.heading')}>
        <Body1 as="p" className={styles.intro}>
          {t('signIn.oidc.intro')}
        </Body1>
        {oidc.isPending || methods.isPending ? (
          <LoadingState />
        ) : oidc.isError ? (
          <ErrorState problem={problemOf(oidc.error)} onRetry={() => oidc.refetch()} />
        ) : (
          <OidcSettingsForm settings={oidc.data} fromEnvironment={oidc.data === null && methods.data?.oidc === true} />
        )}
      </Panel>
      <Panel heading={t('signIn.saml.heading')}>
        <Body1 as="p" className={styles.intro}>
          {t('signIn.saml.intro')}
        </Body1>
        {saml.isPending ? (
          <LoadingState />
        ) : saml.isError ? (
          <ErrorState problem={problemOf(saml.error)} onRetry={() => saml.refetch()} />
        ) : (
          <SamlSettingsForm settings={saml.data} />
        )}
      </Panel>
    </div>
  );
}
