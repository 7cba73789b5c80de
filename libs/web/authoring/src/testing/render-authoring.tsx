import { permissionsOf, Role } from '@larnav/contracts';
import type { Lesson } from '@larnav/shared/catalog';
import {
  type ApiClient,
  ApiClientProvider,
  createFakeApiClient,
  type FakeAnswer,
  type FakeRequest,
  type Me,
  type ModuleDetail,
  type VersionContent,
} from '@larnav/web/api-client';
import { richTextTranslations } from '@larnav/web/rich-text';
import { TestProviders } from '@larnav/web/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { authoringTranslations } from '../i18n/translations';

export const MODULE_ID = '11111111-1111-4111-8111-111111111111';
export const DRAFT_ID = '22222222-2222-4222-8222-222222222222';

export const me: Me = {
  person: { id: 'karin', name: 'Karin Sjöberg', email: 'karin.sjoberg@stenungsund.se', employments: [] },
  roles: [Role.Learner, Role.Trainer],
  permissions: [...permissionsOf([Role.Learner, Role.Trainer])] as Me['permissions'],
  hrUnitIds: [],
  managesTeam: false,
  csrfToken: 'csrf',
};

export function lesson(title: string, n: number): Lesson {
  return { id: `00000000-0000-4000-8000-00000000000${n}`, title, blocks: [] };
}

export function draftVersion(overrides: Partial<VersionContent> = {}): VersionContent {
  return {
    id: DRAFT_ID,
    moduleId: MODULE_ID,
    number: 1,
    status: 'draft',
    title: 'Bygglov för nyanställda',
    summary: '',
    titleEn: null,
    summaryEn: null,
    language: 'sv',
    estimatedMinutes: 20,
    coverMediaId: null,
    revision: 1,
    updatedAt: '2025-06-01T08:00:00Z',
    lessons: [],
    completionRequirement: 'either',
    partOrder: 'any',
    ...overrides,
  };
}

export function moduleDetail(overrides: Partial<ModuleDetail> = {}): ModuleDetail {
  return {
    id: MODULE_ID,
    title: 'Bygglov för nyanställda',
    titleEn: null,
    language: 'sv',
    publishedNumber: null,
    hasDraft: true,
    ownerId: 'karin',
    ownerName: 'Karin Sjöberg',
    sharing: 'private',
    tags: [],
    updatedAt: '2025-06-01T08:00:00Z',
    municipality: 'Stenungsunds kommun',
    editable: true,
    versions: [],
    ...overrides,
  };
}

export type FakeRoutes = Record<string, FakeAnswer | ((request: FakeRequest) => FakeAnswer)>;

/** `element` at /modules/{id}, with /modules beside it to leave to, over a fake API. */
export function renderAuthoring(element: ReactNode, routes: FakeRoutes = {}, wrap?: (client: ApiClient) => ApiClient) {
  const fake = createFakeApiClient({ '/api/auth/me': { body: me }, ...routes });
  const client = wrap ? wrap(fake) : fake;
  const router = createMemoryRouter(
    [
      { path: '/modules/:moduleId', element },
      { path: '/modules', element: <h1>Moduler</h1> },
    ],
    { initialEntries: [`/modules/${MODULE_ID}`] },
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>
        <TestProviders translations={{ authoring: authoringTranslations, richText: richTextTranslations }}>
          <RouterProvider router={router} />
        </TestProviders>
      </ApiClientProvider>
    </QueryClientProvider>,
  );
  return { router, queryClient };
}

/** A promise and the function that settles it: to hold a request open while a test looks. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}
