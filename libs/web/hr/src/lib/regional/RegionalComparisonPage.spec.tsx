import type { RegionalComparison } from '@larnav/web/api-client';
import { screen, within } from '@testing-library/react';
import { renderHr } from '../../testing/render-hr';

const comparison: RegionalComparison = {
  minimumGroup: 5,
  ownMunicipalityShares: false,
  modules: [
    {
      moduleId: 'fp',
      title: 'Företagarperspektiv i myndighetsutövning',
      titleEn: 'The business perspective in public authority',
      municipalities: [
        {
          tenantId: 't1',
          name: 'Tjörns kommun',
          asOf: '2026-12-07',
          computedAt: '2026-12-07T04:30:00Z',
          population: 40,
          compliant: 36,
          inProgress: 1,
          notStarted: 0,
          overdue: 3,
          exempt: 0,
          percentage: 90,
        },
        {
          tenantId: 't2',
          name: 'Stenungsunds kommun',
          asOf: '2026-12-07',
          computedAt: '2026-12-07T04:30:00Z',
          population: 60,
          compliant: 30,
          inProgress: 5,
          notStarted: 5,
          overdue: 20,
          exempt: 0,
          percentage: 50,
        },
      ],
    },
  ],
};

describe("the region's comparison", () => {
  it('shows each sharing municipality side by side, and that small groups are never shown', async () => {
    renderHr('/region', { '/api/regional/coverage': { body: comparison } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Regionen' })).toBeInTheDocument();
    expect(screen.getByText(/aldrig en grupp med färre än 5 personer/)).toBeInTheDocument();
    const table = await screen.findByRole('table', {
      name: 'Täckning av Företagarperspektiv i myndighetsutövning per kommun',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent?.replace(/\s/g, ' '))).toEqual([
      'Tjörns kommun90 %4036302026-12-07',
      'Stenungsunds kommun50 %60302002026-12-07',
    ]);
    expect(within(rows[0]).getByRole('progressbar', { name: /Tjörns kommun: 90\s%/ })).toBeInTheDocument();
    // Her own municipality does not share: she is told where that is decided.
    expect(screen.getByText(/Din kommun delar inte sina siffror med regionen/)).toBeInTheDocument();
  });

  it('says so calmly when nobody shares yet, in English too', async () => {
    renderHr(
      '/region',
      { '/api/regional/coverage': { body: { minimumGroup: 5, ownMunicipalityShares: true, modules: [] } } },
      'en',
    );
    expect(await screen.findByText('No shared numbers yet')).toBeInTheDocument();
    expect(screen.queryByText(/does not share its numbers/)).not.toBeInTheDocument();
  });
});
