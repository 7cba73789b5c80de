import type { CoveragePeople, CoverageTrend, FakeRequest } from '@larnav/web/api-client';
import { todayInStockholm } from '@larnav/web/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FP, GDPR, numbers, renderHr } from '../../testing/render-hr';

const today = todayInStockholm();
const treeName = `Täckning per enhet för ${FP.title} per ${today}`;

const overduePerson = {
  personId: 'p1',
  name: 'Karin Lund',
  email: 'karin.lund@stenungsund.se',
  employeeNumber: null,
  moduleId: FP.id,
  moduleTitle: FP.title,
  status: 'overdue' as const,
  dueDate: '2026-10-31',
  overdueSince: '2026-11-01',
  completedOn: null,
  validUntil: null,
  units: [{ orgUnitId: 'bygglov', orgUnitName: 'Bygglov', orgUnitCode: 'SBF-BYGG' }],
};

function peopleAnswer(requests: FakeRequest[]) {
  return (request: FakeRequest) => {
    requests.push(request);
    const body: CoveragePeople = { asOf: today, total: 1, people: [overduePerson] };
    return { body };
  };
}

const trend: CoverageTrend = {
  orgUnitId: 'bygglov',
  moduleId: FP.id,
  modules: [FP],
  points: [
    { asOf: '2026-10-31', modules: [numbers(FP.id, { population: 3, compliant: 3, percentage: 100 })] },
    { asOf: '2026-11-30', modules: [numbers(FP.id, { population: 4, compliant: 1, percentage: 25 })] },
  ],
};

describe('the coverage dashboard', () => {
  it("opens on the HR officer's own förvaltning today, with numbers, percentages and bars per unit", async () => {
    const asked: FakeRequest[] = [];
    renderHr('/coverage', {
      '/api/reporting/coverage': (request) => {
        asked.push(request);
        return jest.requireActual('../../testing/render-hr').coverageAnswer(request);
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Täckning' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: treeName });
    // No unit asked for: the API answers with the asker's own subtrees.
    expect(asked[0].params).toEqual({ query: { orgUnitId: undefined, moduleId: undefined, asOf: today } });
    const sbf = within(table).getByRole('row', { name: /Samhällsbyggnadsförvaltningen/ });
    expect(sbf).toHaveTextContent('Samhällsbyggnadsförvaltningen1072287,5 %');
    expect(
      within(sbf).getByRole('progressbar', { name: /^Samhällsbyggnadsförvaltningen: 87,5\s%\sklara$/ }),
    ).toHaveAttribute('aria-valuenow', '0.875');
    const bygglov = within(table).getByRole('row', { name: /Bygglov/ });
    expect(bygglov).toHaveTextContent('25 %');
    expect(screen.getByRole('link', { name: `Exportera ${treeName} som Excel (XLSX)` })).toHaveAttribute(
      'href',
      `/api/reporting/coverage/export?moduleId=${FP.id}&asOf=${today}&format=xlsx&lang=sv`,
    );
  });

  it("shows another module's numbers when it is chosen", async () => {
    renderHr('/coverage');
    await screen.findByRole('table', { name: treeName });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Modul' }), GDPR.id);
    const table = await screen.findByRole('table', { name: `Täckning per enhet för ${GDPR.title} per ${today}` });
    expect(within(table).getByRole('row', { name: /Bygglov/ })).toHaveTextContent('Bygglov4400100 %');
  });

  it('drills down by keyboard to the overdue people behind a unit, with their due dates', async () => {
    const requests: FakeRequest[] = [];
    renderHr('/coverage', {
      '/api/reporting/coverage/people': peopleAnswer(requests),
      '/api/reporting/trend': { body: trend },
    });
    const button = await screen.findByRole('button', { name: 'Visa personerna i Bygglov' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    const peopleName = `Personer i Bygglov för ${FP.title} per ${today}`;
    const table = await screen.findByRole('table', { name: peopleName });
    expect(requests[0].params).toEqual({
      query: { orgUnitId: 'bygglov', moduleId: FP.id, asOf: today, status: undefined, limit: 50, offset: 0 },
    });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'overdue');
    await waitFor(() => expect(requests.at(-1)?.params).toMatchObject({ query: { status: 'overdue' } }));
    const row = within(table).getByRole('row', { name: /Karin Lund/ });
    expect(row).toHaveTextContent('Karin LundBygglovFörsenad2026-10-312026-11-01');
    expect(screen.getByText('Visar 1–1 av 1')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Exportera ${peopleName} som CSV` })).toHaveAttribute(
      'href',
      `/api/reporting/coverage/people/export?orgUnitId=bygglov&moduleId=${FP.id}&asOf=${today}&status=overdue&format=csv&lang=sv`,
    );
  });

  it("shows the chosen unit's trend month by month as a table", async () => {
    const trends: FakeRequest[] = [];
    renderHr('/coverage', {
      '/api/reporting/coverage/people': peopleAnswer([]),
      '/api/reporting/trend': (request) => {
        trends.push(request);
        return { body: trend };
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Visa personerna i Bygglov' }));
    const table = await screen.findByRole('table', {
      name: `Täckning för ${FP.title} i Bygglov vid varje månadsslut`,
    });
    expect(trends[0].params).toEqual({ query: { orgUnitId: 'bygglov', moduleId: FP.id, months: 24 } });
    expect(within(table).getByRole('row', { name: /oktober 2026/ })).toHaveTextContent('oktober 20262026-10-31100 %3');
    expect(within(table).getByRole('row', { name: /november 2026/ })).toHaveTextContent('25 %4');
  });

  it('draws the trend as a chart, and says in words what it shows', async () => {
    renderHr('/coverage', {
      '/api/reporting/coverage/people': peopleAnswer([]),
      '/api/reporting/trend': { body: trend },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Visa personerna i Bygglov' }));
    const figure = await screen.findByRole('figure', { name: `Täckning för ${FP.title} i Bygglov vid varje månadsslut` });
    expect(figure).toHaveTextContent(
      'Täckningen var 100 % i oktober 2026 (3 berörda) och 25 % i november 2026 (4 berörda). Lägst var den 25 % i november 2026.',
    );
    // The drawing itself is for sighted readers; the summary and the table carry the same.
    expect(within(figure).getByTestId('trend-chart')).toHaveAttribute('aria-hidden', 'true');
  });

  it("offers the board's PDF summary of the day shown", async () => {
    renderHr('/coverage');
    const link = await screen.findByRole('link', { name: `Sammanfattning för nämnden per ${today} (PDF)` });
    expect(link).toHaveAttribute('href', `/api/reporting/summary/export?asOf=${today}&lang=sv`);
  });

  it('asks for the numbers as they were on a past day', async () => {
    const asked: string[] = [];
    renderHr('/coverage', {
      '/api/reporting/coverage': (request) => {
        asked.push((request.params['query'] as { asOf: string }).asOf);
        return jest.requireActual('../../testing/render-hr').coverageAnswer(request);
      },
    });
    await screen.findByRole('table', { name: treeName });
    const input = screen.getByRole('combobox', { name: /Per dag/ });
    await userEvent.clear(input);
    await userEvent.type(input, '2026-03-31{Enter}', { skipClick: true });
    await waitFor(() => expect(asked).toContain('2026-03-31'));
    expect(
      await screen.findByRole('table', { name: `Täckning per enhet för ${FP.title} per 2026-03-31` }),
    ).toBeVisible();
  });

  it('sets every unit against every module, each percentage written out', async () => {
    renderHr('/coverage');
    const table = await screen.findByRole('table', { name: `Täckning per enhet och modul per ${today}` });
    expect(within(table).getByRole('columnheader', { name: GDPR.title })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Bygglov/ })).toHaveTextContent('Bygglov25 %100 %');
    expect(
      screen.getByRole('link', { name: `Exportera Täckning per enhet och modul per ${today} som CSV` }),
    ).toHaveAttribute('href', `/api/reporting/coverage/export?asOf=${today}&format=csv&lang=sv`);
  });

  it('says so when no rule requires any module', async () => {
    renderHr('/coverage', {
      '/api/reporting/coverage': {
        body: { asOf: today, orgUnitId: null, moduleId: null, modules: [], total: 0, nodes: [] },
      },
    });
    expect(await screen.findByText('Ingen regel kräver någon modul ännu')).toBeInTheDocument();
  });

  it('speaks English, with the English module title', async () => {
    renderHr('/coverage', {}, 'en');
    expect(
      await screen.findByRole('table', { name: `Coverage per unit for ${FP.titleEn} as of ${today}` }),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: /^Bygglov: 25% compliant$/ })).toBeInTheDocument();
  });
});
