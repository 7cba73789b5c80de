import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { type ApiClient, ApiClientProvider } from '@larnav/web/api-client';
import { NotificationsProvider } from '@larnav/web/ui';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

export interface AppProvidersProps {
  i18n: i18n;
  queryClient: QueryClient;
  apiClient: ApiClient;
  children: ReactNode;
}

/** Everything a page may rely on: texts, theme, server state, the API. */
export function AppProviders({ i18n, queryClient, apiClient, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <QueryClientProvider client={queryClient}>
          <ApiClientProvider client={apiClient}>
            <NotificationsProvider>{children}</NotificationsProvider>
          </ApiClientProvider>
        </QueryClientProvider>
      </FluentProvider>
    </I18nextProvider>
  );
}
