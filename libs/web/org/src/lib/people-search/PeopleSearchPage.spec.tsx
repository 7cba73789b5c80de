import { ApiClientProvider, createFakeApiClient, type PersonHit } from '@larnav/web/api-client';
import { TestProviders } from '@larnav/web/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { orgTranslations } from '../../i18n/translations';
import { PeopleSearchPage } from './PeopleSearchPage';

const anna: PersonHit = {
  id: 'p-anna',
  name: 'Anna Karlsson',
  email: 'anna.karlsson@stenungsund.se',
  employeeNumber: '10442',
  active: true,
  units: [{ orgUnitId: 'bygglov', orgUnitName: 'Bygglov', jobRole: 'bygglovshandläggare' }],
  leftOn: null,
};
const per: PersonHit = {
  ...anna,
  id: 'p-per',
  name: 'Per Karlsson',
  employeeNumber: null,
  units: [],
  leftOn: '2026-10-31',
};

function renderPage(url = '/people') {
  const asked: unknown[] = [];
  const client = createFakeApiClient({
    '/api/people': ({ params }) => {
      asked.push(params['query']);
      return { body: { total: 2, people: [anna, per] } };
    },
  });
  const router = createMemoryRouter(
    [
      { path: '/people', Component: PeopleSearchPage },
      { path: '/people/:personId', element: <p>timeline</p> },
    ],
    { initialEntries: [url] },
  );
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ApiClientProvider client={client}>
        <TestProviders translations={{ org: orgTranslations }}>
          <RouterProvider router={router} />
        </TestProviders>
      </ApiClientProvider>
    </QueryClientProvider>,
  );
  return { router, asked };
}

describe('PeopleSearchPage', () => {
  it('searches on Enter, keeps the search in the address, and links each hit to the timeline', async () => {
    const { router, asked } = renderPage();
    await userEvent.type(screen.getByRole('searchbox', { name: /Namn, e-post/ }), 'karlsson{Enter}');
    expect(await screen.findByText('2 personer hittades för ”karlsson”.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=karlsson');
    expect(asked).toEqual([{ q: 'karlsson', limit: 25 }]);
    const table = screen.getByRole('table', { name: 'Sökträffar' });
    expect(within(table).getByRole('row', { name: /Anna Karlsson/ })).toHaveTextContent(
      'Bygglov (bygglovshandläggare)',
    );
    expect(within(table).getByRole('row', { name: /Per Karlsson/ })).toHaveTextContent('Slutade 31 oktober 2026');
    await userEvent.click(within(table).getByRole('link', { name: 'Anna Karlsson' }));
    expect(router.state.location.pathname).toBe('/people/p-anna');
  });

  it('says a one-letter search is too short, and asks nothing of the server', async () => {
    const { asked } = renderPage();
    await userEvent.type(screen.getByRole('searchbox'), 'k');
    await userEvent.click(screen.getByRole('button', { name: 'Sök' }));
    expect(screen.getByText('Skriv minst 2 tecken.')).toBeInTheDocument();
    expect(asked).toEqual([]);
  });

  it('runs the search in the address on arrival (Back from a timeline)', async () => {
    renderPage('/people?q=karl');
    expect(await screen.findByRole('link', { name: 'Per Karlsson' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('karl');
  });
});
