import { permissionsOf, Role } from '@larnav/contracts';
import {
  ApiClientProvider,
  createFakeApiClient,
  type FakeAnswer,
  type FakeRequest,
  type Me,
} from '@larnav/web/api-client';
import { TestProviders } from '@larnav/web/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { adminTranslations } from '../i18n/translations';
import { adminRoutes } from '../lib/admin-routes';

export function meWith(permissions: string[] = [...permissionsOf([Role.Admin])]): Me {
  return {
    person: {
      id: 'me',
      name: 'Anders Nyberg',
      email: 'anders.nyberg@stenungsund.se',
      employments: [],
    },
    roles: [Role.Learner, Role.Admin],
    permissions: permissions as Me['permissions'],
    hrUnitIds: [],
    managesTeam: false,
    csrfToken: 'csrf',
  };
}

export const units = [
  {
    id: 'kommun',
    parentId: null,
    name: 'Stenungsunds kommun',
    code: 'SK',
    depth: 0,
    archived: false,
    headCount: 3,
    directHeadCount: 0,
  },
  {
    id: 'sbf',
    parentId: 'kommun',
    name: 'Samhällsbyggnadsförvaltningen',
    code: 'SBF',
    depth: 1,
    archived: false,
    headCount: 3,
    directHeadCount: 1,
  },
  {
    id: 'bygglov',
    parentId: 'sbf',
    name: 'Bygglov',
    code: 'SBF-BYGG',
    depth: 2,
    archived: false,
    headCount: 2,
    directHeadCount: 2,
  },
];

export type FakeRoutes = Record<string, FakeAnswer | ((request: FakeRequest) => FakeAnswer)>;

/** The administration area at `path`, signed in as `me`, over a fake API. */
export function renderAdmin(path: string, routes: FakeRoutes = {}, me: Me = meWith()) {
  const client = createFakeApiClient({
    '/api/auth/me': { body: me },
    '/api/org-units/tree': { body: { at: '2025-06-01', units } },
    ...routes,
  });
  const router = createMemoryRouter([{ path: '/', children: adminRoutes, HydrateFallback: () => null }], {
    initialEntries: [path],
  });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  render(
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>
        <TestProviders translations={{ admin: adminTranslations }}>
          <RouterProvider router={router} />
        </TestProviders>
      </ApiClientProvider>
    </QueryClientProvider>,
  );
  return { router, queryClient };
}

/**
 * An open dialog, found by its title. Not by the dialog's own accessible name: in jsdom Tabster
 * may leave aria-hidden on the dialog for a while (see test-setup.ts), which empties that name.
 */
export async function findDialog(title: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name: title });
  const dialog = heading.closest<HTMLElement>('[role="dialog"], [role="alertdialog"]');
  if (!dialog) throw new Error(`"${title}" is not the title of a dialog`);
  return dialog;
}
