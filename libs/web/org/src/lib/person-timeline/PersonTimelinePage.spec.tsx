import { ApiClientProvider, createFakeApiClient, type PersonTimeline } from '@larnav/web/api-client';
import { TestProviders } from '@larnav/web/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { orgTranslations } from '../../i18n/translations';
import { PersonTimelinePage } from './PersonTimelinePage';

const timeline: PersonTimeline = {
  person: {
    id: 'p-per',
    name: 'Per Karlsson',
    email: 'per@stenungsund.se',
    externalId: null,
    active: true,
    employments: [
      {
        id: 'e1',
        orgUnitId: 'b',
        orgUnitName: 'Bygglov',
        jobRole: 'handläggare',
        startDate: '2020-01-01',
        endDate: '2026-10-31',
      },
    ],
  },
  judgedOn: '2026-10-31',
  requirements: [
    {
      ruleId: 'r1',
      ruleName: 'Företagarperspektiv för myndighetsutövning',
      moduleId: 'm1',
      moduleTitle: 'Företagarperspektiv i myndighetsutövning',
      appliesFrom: '2026-03-01',
      appliesTo: '2026-10-31',
      dueDate: '2026-03-31',
      completedOn: null,
      validUntil: null,
      standing: 'overdue',
    },
  ],
  events: [
    { date: '2026-10-31', kind: 'employment-ended', subject: 'Bygglov', detail: 'handläggare' },
    {
      date: '2026-03-01',
      kind: 'exemption-started',
      subject: 'Företagarperspektiv i myndighetsutövning',
      detail: 'Föräldraledig',
    },
    { date: '2020-01-01', kind: 'employment-started', subject: 'Bygglov', detail: 'handläggare' },
  ],
};

function renderPage() {
  const client = createFakeApiClient({ '/api/compliance/people/{id}/timeline': { body: timeline } });
  const router = createMemoryRouter([{ path: '/people/:personId', Component: PersonTimelinePage }], {
    initialEntries: ['/people/p-per'],
  });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ApiClientProvider client={client}>
        <TestProviders translations={{ org: orgTranslations }}>
          <RouterProvider router={router} />
        </TestProviders>
      </ApiClientProvider>
    </QueryClientProvider>,
  );
}

describe('PersonTimelinePage', () => {
  it("shows a leaver's requirements as they stood on the last day, the employments and the events in order", async () => {
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Per Karlsson' })).toBeInTheDocument();
    expect(screen.getByText('Så såg det ut den sista anställningsdagen, 31 oktober 2026.')).toBeInTheDocument();
    const requirements = screen.getByRole('table', { name: 'Krav' });
    expect(
      within(requirements).getByRole('row', { name: /Företagarperspektiv i myndighetsutövning/ }),
    ).toHaveTextContent(/31 mars 2026.*Försenad/);
    expect(screen.getByRole('table', { name: 'Anställningar' })).toHaveTextContent('1 januari 2020 – 31 oktober 2026');
    const events = within(screen.getByRole('region', { name: 'Händelser' })).getAllByRole('listitem');
    expect(events.map((e) => e.textContent)).toEqual([
      '31 oktober 2026Sista dag på Bygglov',
      '1 mars 2026Undantagen från Företagarperspektiv i myndighetsutövning: Föräldraledig',
      '1 januari 2020Började på Bygglov som handläggare',
    ]);
  });
});
