import { permissionsOf, Role } from '@larnav/contracts';
import {
  ApiClientProvider,
  type Coverage,
  type CoverageNode,
  createFakeApiClient,
  type FakeAnswer,
  type FakeRequest,
  type LiveSessionStanding,
  type Me,
  type ModuleCoverage,
} from '@larnav/web/api-client';
import { type Language, TestProviders } from '@larnav/web/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { hrTranslations } from '../i18n/translations';
import { hrRoutes, regionalRoutes } from '../lib/hr-routes';
import { myTeamRoutes } from '../lib/my-team-routes';

/** HR partner for Samhällsbyggnadsförvaltningen, as in the demo. */
export const hrOfficer: Me = {
  person: { id: 'me', name: 'Anna Berg', email: 'anna.berg@stenungsund.se', employments: [] },
  roles: [Role.Learner, Role.Hr],
  permissions: [...permissionsOf([Role.Learner, Role.Hr])] as Me['permissions'],
  hrUnitIds: ['sbf'],
  managesTeam: false,
  csrfToken: 'csrf',
};

export const FP = {
  id: 'm-fp',
  title: 'Företagarperspektiv för myndighetsutövning',
  titleEn: 'The business perspective',
};
export const GDPR = { id: 'm-gdpr', title: 'Dataskydd i vardagen', titleEn: null };

export function numbers(moduleId: string, over: Partial<ModuleCoverage> = {}): ModuleCoverage {
  return {
    moduleId,
    population: 0,
    compliant: 0,
    inProgress: 0,
    notStarted: 0,
    overdue: 0,
    exempt: 0,
    percentage: null,
    ...over,
  };
}

function node(over: Pick<CoverageNode, 'unitId' | 'parentId' | 'name' | 'depth' | 'modules'>): CoverageNode {
  return { code: over.unitId.toUpperCase(), archived: false, ...over };
}

/** The förvaltning and its two units, with Företagarperspektiv short in Bygglov. */
export const coverageNodes: CoverageNode[] = [
  node({
    unitId: 'sbf',
    parentId: null,
    name: 'Samhällsbyggnadsförvaltningen',
    depth: 1,
    modules: [
      numbers(FP.id, { population: 10, compliant: 7, overdue: 2, exempt: 2, inProgress: 1, percentage: 87.5 }),
      numbers(GDPR.id, { population: 10, compliant: 10, percentage: 100 }),
    ],
  }),
  node({
    unitId: 'bygglov',
    parentId: 'sbf',
    name: 'Bygglov',
    depth: 2,
    modules: [
      numbers(FP.id, { population: 4, compliant: 1, overdue: 2, exempt: 0, inProgress: 1, percentage: 25 }),
      numbers(GDPR.id, { population: 4, compliant: 4, percentage: 100 }),
    ],
  }),
  node({
    unitId: 'miljo',
    parentId: 'sbf',
    name: 'Miljö och hälsa',
    depth: 2,
    modules: [
      numbers(FP.id, { population: 6, compliant: 6, exempt: 2, percentage: 100 }),
      numbers(GDPR.id, { population: 6, compliant: 6, percentage: 100 }),
    ],
  }),
];

export function coverageAnswer(request: FakeRequest): FakeAnswer {
  const query = request.params['query'] as { asOf: string };
  const body: Coverage = {
    asOf: query.asOf,
    orgUnitId: null,
    moduleId: null,
    modules: [FP, GDPR],
    total: coverageNodes.length,
    nodes: coverageNodes,
  };
  return { body };
}

export type FakeRoutes = Record<string, FakeAnswer | ((request: FakeRequest) => FakeAnswer)>;

/** The HR pages at `path`, signed in as the HR officer, over a fake API. */
/** A live-session report on Företagarperspektiv: whether it requires a session, and its people. */
export function liveSessionAnswer(
  requiresLiveSession: boolean,
  people: LiveSessionStanding['people'] = [],
  counts: Partial<LiveSessionStanding['counts']> = {},
) {
  return (request: FakeRequest): FakeAnswer => {
    const body: LiveSessionStanding = {
      asOf: '2026-12-07',
      moduleId: (request.params['query'] as { moduleId: string }).moduleId,
      requiresLiveSession,
      counts: {
        population: people.length,
        attended: 0,
        booked: 0,
        waitlisted: 0,
        pendingApproval: 0,
        lacking: 0,
        lackingUnbooked: 0,
        ...counts,
      },
      total: people.length,
      people,
    };
    return { body };
  };
}

export function renderHr(path: string, routes: FakeRoutes = {}, language: Language = 'sv') {
  const client = createFakeApiClient({
    '/api/auth/me': { body: hrOfficer },
    '/api/reporting/coverage': coverageAnswer,
    // A module with no live sessions: the live-session panel stays away unless a test says otherwise.
    '/api/reporting/live-sessions': liveSessionAnswer(false),
    '/api/my-team/live-sessions': liveSessionAnswer(false),
    '/api/reporting/onboarding': (request) => {
      const query = request.params['query'] as { from: string; to: string };
      return {
        body: { ...query, judgedOn: query.to, orgUnitId: null, moduleId: FP.id, modules: [FP], nodes: [] },
      };
    },
    ...routes,
  });
  const router = createMemoryRouter(
    [{ path: '/', children: [...hrRoutes, ...regionalRoutes, ...myTeamRoutes], HydrateFallback: () => null }],
    { initialEntries: [path] },
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>
        <TestProviders translations={{ hr: hrTranslations }} language={language}>
          <RouterProvider router={router} />
        </TestProviders>
      </ApiClientProvider>
    </QueryClientProvider>,
  );
  return { router, queryClient };
}
