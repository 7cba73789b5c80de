import type { FakeRequest } from '@larnav/web/api-client';
import { todayInStockholm } from '@larnav/web/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderCompliance } from '../../testing/render-compliance';

const rule = {
  id: 'r1',
  name: 'Företagarperspektiv för Bygglov',
  moduleId: 'm-fp',
  moduleTitle: 'Företagarperspektiv för myndighetsutövning',
  targetOrgUnitId: 'bygglov',
  targetOrgUnitName: 'Bygglov',
  targetJobRole: 'bygglovshandläggare',
  dueBasis: 'employment-start',
  dueDays: 30,
  dueDate: null,
  recertifyMonths: 24,
  dueAgainDays: 30,
  redoOnSignificant: true,
  validFrom: '2026-03-01',
  validTo: null,
};

const ended = {
  ...rule,
  id: 'r0',
  name: 'Dataskydd för alla',
  moduleTitle: 'Dataskydd i vardagen',
  targetOrgUnitId: null,
  targetOrgUnitName: null,
  targetJobRole: null,
  dueBasis: 'fixed-date',
  dueDays: null,
  dueDate: '2025-06-30',
  recertifyMonths: null,
  validFrom: '2025-01-01',
  validTo: '2025-12-31',
};

describe('the rules list', () => {
  it('says what each rule requires of whom, and by when', async () => {
    renderCompliance('/rules', { '/api/compliance/rules': { body: { rules: [rule, ended] } } });
    const table = await screen.findByRole('table', { name: 'Regler' });
    const running = within(table).getByRole('row', { name: /Företagarperspektiv för Bygglov/ });
    expect(running).toHaveTextContent('Bygglov med underenheter');
    expect(running).toHaveTextContent('bygglovshandläggare');
    expect(running).toHaveTextContent('30 dagar efter anställningens start');
    expect(running).toHaveTextContent('Förnyas efter 24 månader');
    expect(running).toHaveTextContent('Från 2026-03-01');
    const over = within(table).getByRole('row', { name: /Dataskydd för alla/ });
    expect(over).toHaveTextContent('Hela kommunen');
    expect(over).toHaveTextContent('Alla yrkesroller');
    expect(over).toHaveTextContent('Senast 2025-06-30');
    expect(over).toHaveTextContent('En gång räcker');
    expect(over).toHaveTextContent('2025-01-01 – 2025-12-31');
    expect(over).toHaveTextContent('Avslutad');
    // An ended rule cannot be ended again.
    expect(within(over).queryByRole('button')).not.toBeInTheDocument();
  });

  it('links to the form for a new rule', async () => {
    const { router } = renderCompliance('/rules', { '/api/compliance/rules': { body: { rules: [] } } });
    expect(await screen.findByText('Det finns inga regler ännu')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Ny regel' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/rules/new'));
  });

  it('ends a rule on the last day chosen', async () => {
    const ends: FakeRequest[] = [];
    const today = todayInStockholm();
    renderCompliance('/rules', {
      '/api/compliance/rules': { body: { rules: [rule] } },
      'POST /api/compliance/rules/{id}/end': (request) => {
        ends.push(request);
        return { body: { ...rule, validTo: today } };
      },
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Avsluta regeln Företagarperspektiv för Bygglov' }),
    );
    const heading = await screen.findByRole('heading', { name: 'Avsluta regeln ”Företagarperspektiv för Bygglov”?' });
    const dialog = heading.closest<HTMLElement>('[role="alertdialog"], [role="dialog"]');
    if (!dialog) throw new Error('no dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avsluta regeln' }));
    await waitFor(() => expect(ends).toHaveLength(1));
    expect(ends[0].params).toEqual({ path: { id: 'r1' } });
    const lastDay = rule.validFrom > today ? rule.validFrom : today;
    expect(ends[0].body).toEqual({ lastDay });
    expect(
      await screen.findByText(`Regeln Företagarperspektiv för Bygglov gäller till och med ${lastDay}.`),
    ).toBeInTheDocument();
  });
});
