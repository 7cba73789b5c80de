import { permissionsOf, ProblemCode, Role } from '@larnav/contracts';
import {
  ApiClientProvider,
  createFakeApiClient,
  type FakeAnswer,
  type FakeRequest,
  type OrgUnitNode,
} from '@larnav/web/api-client';
import { TestProviders } from '@larnav/web/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { orgTranslations } from '../../i18n/translations';
import { OrganisationPage } from './OrganisationPage';

const unit = (over: Partial<OrgUnitNode> & Pick<OrgUnitNode, 'id' | 'name'>): OrgUnitNode => ({
  parentId: null,
  code: over.id.toUpperCase(),
  depth: 0,
  archived: false,
  headCount: 0,
  directHeadCount: 0,
  ...over,
});

const units = [
  unit({
    id: 'kommun',
    name: 'Stenungsunds kommun',
    headCount: 1234,
    directHeadCount: 2,
  }),
  unit({
    id: 'sbf',
    parentId: 'kommun',
    depth: 1,
    name: 'Samhällsbyggnadsförvaltningen',
    headCount: 12,
    directHeadCount: 1,
  }),
  unit({
    id: 'bygglov',
    parentId: 'sbf',
    depth: 2,
    name: 'Bygglov',
    headCount: 7,
    directHeadCount: 7,
  }),
  unit({
    id: 'gamla',
    parentId: 'kommun',
    depth: 1,
    name: 'Gamla enheten',
    archived: true,
  }),
];

const anna = {
  personId: 'p1',
  name: 'Anna Andersson',
  email: 'anna@stenungsund.se',
  employmentId: 'e1',
  orgUnitId: 'bygglov',
  orgUnitName: 'Bygglov',
  jobRole: 'Bygglovshandläggare',
  startDate: '2019-08-01',
  endDate: null,
};

function renderPage(
  url: string,
  tree: FakeAnswer = { body: { at: '2024-01-15', units } },
  more: Parameters<typeof createFakeApiClient>[0] = {},
) {
  const client = createFakeApiClient({
    '/api/org-units/tree': tree,
    '/api/org-units/{id}/people': {
      body: { at: '2024-01-15', total: 1, people: [anna] },
    },
    ...more,
  });
  const router = createMemoryRouter([{ path: '/organisation', Component: OrganisationPage }], {
    initialEntries: [url],
  });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  render(
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>
        <TestProviders translations={{ org: orgTranslations }}>
          <RouterProvider router={router} />
        </TestProviders>
      </ApiClientProvider>
    </QueryClientProvider>,
  );
  return router;
}

describe('OrganisationPage', () => {
  it('shows the tree with head counts as it was on the date in the URL', async () => {
    renderPage('/organisation?at=2024-01-15');
    const tree = await screen.findByRole('tree', { name: 'Organisationsträd' });
    expect(
      screen.getByRole('heading', {
        name: 'Organisationen per 15 januari 2024',
      }),
    ).toBeInTheDocument();
    const bygglov = within(tree).getByRole('treeitem', { name: /Bygglov/ });
    expect(bygglov).toHaveTextContent('BYGGLOV');
    expect(bygglov).toHaveTextContent('7 personer');
    expect(within(tree).getByRole('treeitem', { name: /Stenungsunds kommun/ })).toHaveTextContent('1 234 personer');
    expect(screen.getByRole('combobox', { name: /Visa organisationen per/ })).toHaveValue('2024-01-15');
  });

  it('hides archived units until asked to show them', async () => {
    renderPage('/organisation?at=2024-01-15');
    await screen.findByRole('tree');
    expect(screen.queryByRole('treeitem', { name: /Gamla enheten/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: 'Visa arkiverade enheter' }));
    expect(screen.getByRole('treeitem', { name: /Gamla enheten/ })).toHaveTextContent('Arkiverad');
  });

  it('lists the people of a selected unit and keeps the choice in the URL', async () => {
    const router = renderPage('/organisation?at=2024-01-15');
    const bygglov = await screen.findByRole('treeitem', { name: /Bygglov/ });
    await userEvent.click(bygglov);
    expect(bygglov).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('heading', { name: 'Personal i Bygglov' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Personal i Bygglov' });
    expect(within(table).getByText('Anna Andersson')).toBeInTheDocument();
    expect(screen.getByText('1 person anställd per 15 januari 2024, inklusive underenheter.')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Anna Andersson/ })).toHaveTextContent('2019-08-01 – tills vidare');
    expect(router.state.location.search).toContain('unit=bygglov');
  });

  it('selects with Space as well as Enter', async () => {
    const router = renderPage('/organisation?at=2024-01-15');
    const sbf = await screen.findByRole('treeitem', {
      name: /Samhällsbyggnadsförvaltningen/,
    });
    sbf.focus();
    await userEvent.keyboard(' ');
    expect(router.state.location.search).toContain('unit=sbf');
    // Selecting a förvaltning does not fold it away.
    expect(screen.getByRole('treeitem', { name: /Bygglov/ })).toBeInTheDocument();
  });

  it('translates the problem code of a failed request', async () => {
    renderPage('/organisation?at=2024-01-15', {
      status: 404,
      body: {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'Unknown host',
        code: ProblemCode.UnknownTenant,
      },
    });
    expect(await screen.findByText('Den här adressen hör inte till någon kommun i Lärnav.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });

  it('says so when there are no units on that date', async () => {
    renderPage('/organisation?at=2024-01-15', {
      body: { at: '2024-01-15', units: [] },
    });
    expect(await screen.findByText('Inga enheter att visa')).toBeInTheDocument();
  });

  it("shows the unit's chef, and lets an admin remove them", async () => {
    const saved: FakeRequest[] = [];
    renderPage('/organisation?at=2024-01-15&unit=bygglov', undefined, {
      '/api/auth/me': {
        body: {
          person: { id: 'admin', name: 'Anders Nyberg', email: 'a@s.se', employments: [] },
          roles: [Role.Learner, Role.Admin],
          permissions: [...permissionsOf([Role.Learner, Role.Admin])],
          hrUnitIds: [],
          managesTeam: false,
          csrfToken: 'csrf',
        },
      },
      '/api/org-units/{id}': {
        body: {
          ...units[2],
          at: '2024-01-15',
          manager: { id: 'lena', name: 'Lena Holm', email: 'lena.holm@stenungsund.se' },
        },
      },
      'PUT /api/org-units/{id}/manager': (request) => {
        saved.push(request);
        return { body: { orgUnitId: 'bygglov', manager: null } };
      },
    });
    expect(await screen.findByRole('heading', { name: 'Chef för enheten' })).toBeInTheDocument();
    expect(await screen.findByText(/^Chef: Lena Holm\./)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort chef' }));
    expect(saved).toHaveLength(1);
    expect(saved[0].params).toEqual({ path: { id: 'bygglov' } });
    expect(saved[0].body).toEqual({ personId: null });
  });
});
