import { permissionsOf, Role } from '@larnav/contracts';
import { adminTranslations } from '@larnav/web/admin';
import {
  ApiClientProvider,
  createFakeApiClient,
  type FakeAnswer,
  type FakeRequest,
  type Me,
  type ModuleSummary,
} from '@larnav/web/api-client';
import { type Language, TestProviders } from '@larnav/web/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { complianceTranslations } from '../i18n/translations';
import { complianceRoutes } from '../lib/compliance-routes';

export const trainer: Me = {
  person: { id: 'me', name: 'Maria Holm', email: 'maria.holm@stenungsund.se', employments: [] },
  roles: [Role.Learner, Role.Trainer],
  permissions: [...permissionsOf([Role.Learner, Role.Trainer])] as Me['permissions'],
  hrUnitIds: [],
  managesTeam: false,
  csrfToken: 'csrf',
};

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

export function moduleSummary(over: Partial<ModuleSummary> & Pick<ModuleSummary, 'id' | 'title'>): ModuleSummary {
  return {
    titleEn: null,
    language: 'sv',
    publishedNumber: 1,
    hasDraft: false,
    ownerId: null,
    ownerName: null,
    sharing: 'private',
    tags: [],
    updatedAt: '2026-01-10T09:00:00Z',
    municipality: 'Stenungsunds kommun',
    ...over,
  };
}

export const modules = [
  moduleSummary({ id: 'm-fp', title: 'Företagarperspektiv för myndighetsutövning' }),
  moduleSummary({ id: 'm-gdpr', title: 'Dataskydd i vardagen' }),
  // A draft that was never published: no rule can require it.
  moduleSummary({ id: 'm-draft', title: 'Arkivering (utkast)', publishedNumber: null, hasDraft: true }),
];

export type FakeRoutes = Record<string, FakeAnswer | ((request: FakeRequest) => FakeAnswer)>;

/** The rules pages at `path`, signed in as a trainer, over a fake API. */
export function renderCompliance(path: string, routes: FakeRoutes = {}, language: Language = 'sv') {
  const client = createFakeApiClient({
    '/api/auth/me': { body: trainer },
    '/api/org-units/tree': { body: { at: '2026-03-01', units } },
    '/api/catalog/modules': { body: { modules } },
    '/api/catalog/shared-modules': {
      body: {
        modules: [
          moduleSummary({ id: 'm-shared', title: 'Bemötande', sharing: 'region', municipality: 'Orust kommun' }),
        ],
      },
    },
    '/api/compliance/job-roles': {
      body: {
        jobRoles: [
          { jobRole: 'bygglovshandläggare', people: 2 },
          { jobRole: 'utbildningssamordnare', people: 1 },
        ],
      },
    },
    ...routes,
  });
  const router = createMemoryRouter([{ path: '/', children: complianceRoutes, HydrateFallback: () => null }], {
    initialEntries: [path],
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>
        <TestProviders
          translations={{ admin: adminTranslations, compliance: complianceTranslations }}
          language={language}
        >
          <RouterProvider router={router} />
        </TestProviders>
      </ApiClientProvider>
    </QueryClientProvider>,
  );
  return { router, queryClient };
}
