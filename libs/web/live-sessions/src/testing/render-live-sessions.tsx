import { permissionsOf, Role } from '@larnav/contracts';
import {
  ApiClientProvider,
  type BookableSession,
  createFakeApiClient,
  type FakeAnswer,
  type FakeRequest,
  type LiveSession,
  type Me,
} from '@larnav/web/api-client';
import { type Language, TestProviders } from '@larnav/web/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { liveSessionsTranslations } from '../i18n/translations';
import { bookingRoutes, trainerSessionRoutes } from '../lib/live-sessions-routes';

/** The demo trainer, who leads the business-perspective sessions. */
export const trainer: Me = {
  person: { id: 'p-karin', name: 'Karin Sjöberg', email: 'karin.sjoberg@stenungsund.se', employments: [] },
  roles: [Role.Learner, Role.Trainer],
  permissions: [...permissionsOf([Role.Learner, Role.Trainer])] as Me['permissions'],
  hrUnitIds: [],
  managesTeam: false,
  csrfToken: 'csrf',
};

export const caseworker: Me = {
  person: { id: 'p-sara', name: 'Sara Lindqvist', email: 'sara.lindqvist@stenungsund.se', employments: [] },
  roles: [Role.Learner],
  permissions: [],
  hrUnitIds: [],
  managesTeam: false,
  csrfToken: 'csrf',
};

export const FP = { id: 'm-fp', title: 'Företagarperspektiv i myndighetsutövning' };

/** A session of the business-perspective module; far in the future unless told otherwise. */
export function session(over: Partial<LiveSession> = {}): LiveSession {
  return {
    id: 's1',
    moduleId: FP.id,
    seriesId: null,
    status: 'scheduled',
    cancellationReason: null,
    cancelledAt: null,
    startsAt: '2031-03-11T08:00:00.000Z',
    endsAt: '2031-03-11T11:00:00.000Z',
    startsLocal: '2031-03-11T09:00',
    endsLocal: '2031-03-11T12:00',
    place: 'Kommunfullmäktiges sessionssal',
    onlineLink: null,
    capacity: 2,
    trainerIds: [trainer.person.id],
    bookingDeadline: '2031-03-11T08:00:00.000Z',
    bookingDeadlineLocal: '2031-03-11T09:00',
    cancellationDeadline: '2031-03-11T08:00:00.000Z',
    cancellationDeadlineLocal: '2031-03-11T09:00',
    bookableOrgUnitIds: [],
    requiresApproval: false,
    bookedCount: 0,
    waitlistCount: 0,
    freePlaces: 2,
    ...over,
  };
}

export function bookable(over: Partial<BookableSession> = {}): BookableSession {
  return { ...session(), bookingOpen: true, myBooking: null, ...over };
}

export type FakeRoutes = Record<string, FakeAnswer | ((request: FakeRequest) => FakeAnswer)>;

/** The live-session pages at `path`, signed in as `me`, over a fake API. */
export function renderLiveSessions(path: string, routes: FakeRoutes = {}, me: Me = trainer, language: Language = 'sv') {
  const client = createFakeApiClient({
    '/api/auth/me': { body: me },
    '/api/catalog/modules/{id}': { body: { id: FP.id, title: FP.title, versions: [] } },
    '/api/learning/my-training': {
      body: {
        today: '2031-01-01',
        required: [],
        inProgress: [],
        completed: [],
        catalogue: [{ moduleId: FP.id, title: FP.title, titleEn: null }],
      },
    },
    '/api/org-units/tree': {
      body: {
        at: '2031-01-01',
        units: [
          { id: 'root', parentId: null, name: 'Stenungsunds kommun', code: 'STENUNGSUND', depth: 0, archived: false },
          {
            id: 'sbf',
            parentId: 'root',
            name: 'Samhällsbyggnadsförvaltningen',
            code: 'SBF',
            depth: 1,
            archived: false,
          },
          { id: 'bygg', parentId: 'sbf', name: 'Bygglov', code: 'SBF-BYGG', depth: 2, archived: false },
        ],
      },
    },
    ...routes,
  });
  const router = createMemoryRouter(
    [{ path: '/', children: [...trainerSessionRoutes, ...bookingRoutes], HydrateFallback: () => null }],
    { initialEntries: [path] },
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>
        <TestProviders translations={{ 'live-sessions': liveSessionsTranslations }} language={language}>
          <RouterProvider router={router} />
        </TestProviders>
      </ApiClientProvider>
    </QueryClientProvider>,
  );
  return { router, queryClient };
}
