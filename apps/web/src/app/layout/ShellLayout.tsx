import { useMe, useTenant } from '@larnav/web/api-client';
import { AppShell, DEFAULT_LANGUAGE, isLanguage, LanguageSwitch } from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { navigationFor } from '../navigation/navigation';
import { useRedirectToSignIn } from '../sign-in/use-redirect-to-sign-in';
import { AccountMenu } from './AccountMenu';
import { SignInLink } from './SignInLink';
import { TopNavigation } from './TopNavigation';

/** The frame around every page: the municipality, what the reader may open, who they are. */
export function ShellLayout() {
  const { t, i18n } = useTranslation('shell');
  const tenant = useTenant();
  const me = useMe();
  useRedirectToSignIn();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  return (
    <AppShell
      productName={t('productName')}
      organisationName={tenant.data?.name}
      navigationLabel={t('navigation.label')}
      navigation={me.data ? <TopNavigation items={navigationFor(me.data.permissions, me.data.managesTeam)} /> : null}
      actions={
        <>
          <LanguageSwitch value={language} onChange={(next) => void i18n.changeLanguage(next)} />
          {me.data && <AccountMenu me={me.data} />}
          {me.data === null && <SignInLink />}
        </>
      }
    >
      <Outlet />
    </AppShell>
  );
}
