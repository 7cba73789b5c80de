import { permissionsOf, Role } from '@larnav/contracts';
import { ApiClientProvider, createFakeApiClient, type FakeAnswer, type FakeRequest, type Me } from '@larnav/web/api-client';
import { richTextTranslations } from '@larnav/web/rich-text';
import { type Language, TestProviders } from '@larnav/web/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { learnerTranslations } from '../i18n/translations';
import { ProgressProvider } from '../lib/progress/ProgressProvider';

export const me: Me = {
  person: { id: 'sara', name: 'Sara Lindqvist', email: 'sara.lindqvist@stenungsund.se', employments: [] },
  roles: [Role.Learner],
  permissions: [...permissionsOf([Role.Learner])] as Me['permissions'],
  hrUnitIds: [],
  managesTeam: false,
  csrfToken: 'csrf',
};

export type FakeRoutes = Record<string, FakeAnswer | ((request: FakeRequest) => FakeAnswer)>;

let databases = 0;

/** `element` at `path` over a fake API, with the learner's outbox on its own IndexedDB database. */
export function renderLearner(
  element: ReactNode,
  routes: FakeRoutes = {},
  { path = '/', url = '/', language = 'sv' as Language } = {},
) {
  const client = createFakeApiClient({ '/api/auth/me': { body: me }, ...routes });
  const databaseName = `learner-test-${++databases}`;
  const router = createMemoryRouter(
    [
      { path, element: <ProgressProvider databaseName={databaseName}>{element}</ProgressProvider> },
      { path: '*', element: <h1>Elsewhere</h1> },
    ],
    { initialEntries: [url] },
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>
        <TestProviders language={language} translations={{ learner: learnerTranslations, richText: richTextTranslations }}>
          <RouterProvider router={router} />
        </TestProviders>
      </ApiClientProvider>
    </QueryClientProvider>,
  );
  return { router, queryClient, databaseName };
}
