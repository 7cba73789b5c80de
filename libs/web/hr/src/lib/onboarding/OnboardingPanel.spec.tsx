import type { FakeRequest, OnboardingCoverage } from '@larnav/web/api-client';
import { addCalendarDays, todayInStockholm } from '@larnav/web/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FP, renderHr } from '../../testing/render-hr';
import { yearBefore } from '../shared/format';

const today = todayInStockholm();
const from = yearBefore(today);

function onboarding(query: { from: string; to: string }): OnboardingCoverage {
  return {
    ...query,
    judgedOn: today,
    orgUnitId: null,
    moduleId: FP.id,
    modules: [FP],
    nodes: [
      {
        unitId: 'sbf',
        parentId: null,
        name: 'Samhällsbyggnadsförvaltningen',
        code: 'SBF',
        depth: 1,
        archived: false,
        hires: 5,
        modules: [{ moduleId: FP.id, required: 4, inTime: 2, late: 1, missed: 1, open: 0, exempt: 0, percentage: 50 }],
      },
    ],
  };
}

describe('onboarding coverage', () => {
  it('shows, for the last 12 months, how many new starters completed in time', async () => {
    const asked: FakeRequest[] = [];
    renderHr('/coverage', {
      '/api/reporting/onboarding': (request) => {
        asked.push(request);
        return { body: onboarding(request.params['query'] as { from: string; to: string }) };
      },
    });
    const table = await screen.findByRole('table', { name: `Introduktion för ${FP.title} ${from} – ${today}` });
    expect(asked[0].params).toEqual({ query: { orgUnitId: undefined, moduleId: FP.id, from, to: today } });
    const row = within(table).getByRole('row', { name: /Samhällsbyggnadsförvaltningen/ });
    expect(row).toHaveTextContent('Samhällsbyggnadsförvaltningen54211050 %');
    expect(
      within(row).getByRole('progressbar', { name: /^Samhällsbyggnadsförvaltningen: 50\s%\sklara i tid$/ }),
    ).toBeVisible();
  });

  it('refuses a period that ends before it starts, without asking the API', async () => {
    const asked: FakeRequest[] = [];
    renderHr('/coverage', {
      '/api/reporting/onboarding': (request) => {
        asked.push(request);
        return { body: onboarding(request.params['query'] as { from: string; to: string }) };
      },
    });
    await screen.findByRole('table', { name: `Introduktion för ${FP.title} ${from} – ${today}` });
    const toInput = screen.getByRole('combobox', { name: /^Till/ });
    await userEvent.clear(toInput);
    await userEvent.type(toInput, `${addCalendarDays(from, -1)}{Enter}`, { skipClick: true });
    expect(await screen.findByText('Periodens första dag kan inte vara efter den sista.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('table', { name: /^Introduktion/ })).not.toBeInTheDocument());
    expect(asked).toHaveLength(1);
  });
});
