import { useTenant } from '@larnav/web/api-client';
import {
  AppShell,
  DEFAULT_LANGUAGE,
  isLanguage,
  LanguageSwitch,
} from '@larnav/web/ui';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useRedirectToSignIn } from '../sign-in/use-redirect-to-sign-in';
import { TopNavigation } from './TopNavigation';

/** The frame around every page, filled with the municipality and the reader's language. */
export function ShellLayout() {
  const { t, i18n } = useTranslation('shell');
  const tenant = useTenant();
  useRedirectToSignIn();
  const language = isLanguage(i18n.resolvedLanguage)
    ? i18n.resolvedLanguage
    : DEFAULT_LANGUAGE;
  return (
    <AppShell
      productName={t('productName')}
      organisationName={tenant.data?.name}
      navigationLabel={t('navigation.label')}
      navigation={<TopNavigation />}
      actions={
        <LanguageSwitch
          value={language}
          onChange={(next) => void i18n.changeLanguage(next)}
        />
      }
    >
      <Outlet />
    </AppShell>
  );
}
