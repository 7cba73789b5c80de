import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/create-i18n';
import { type Language, type Translations, uiTranslations } from '../i18n/translations';
import { NotificationsProvider } from '../notifications/notifications';

export interface TestProvidersProps {
  /** Namespaces besides `ui`, which is always present. */
  translations?: Record<string, Translations>;
  language?: Language;
  children: ReactNode;
}

/** Fluent and a fresh i18n instance for unit tests; no test-library import, so safe to export. */
export function TestProviders({ translations, language = 'sv', children }: TestProvidersProps) {
  const [i18n] = useState(() =>
    createI18n({
      translations: { ...translations, ui: uiTranslations },
      language,
      storage: null,
    }),
  );
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <NotificationsProvider>{children}</NotificationsProvider>
      </FluentProvider>
    </I18nextProvider>
  );
}
