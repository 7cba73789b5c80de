import { createApiClient } from '@larnav/web/api-client';
import { createI18n } from '@larnav/web/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './app/AppProviders';
import { createQueryClient } from './app/query-client';
import { appRoutes } from './app/routes';
import { appTranslations } from './app/translations';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <AppProviders
      i18n={createI18n({ translations: appTranslations })}
      queryClient={createQueryClient()}
      apiClient={createApiClient()}
    >
      <RouterProvider router={createBrowserRouter(appRoutes)} />
    </AppProviders>
  </StrictMode>,
);
