import { ProblemCode } from '@larnav/contracts';
import type { FakeRequest } from '@larnav/web/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderCompliance } from '../../testing/render-compliance';

const saved = {
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
  recertifyMonths: null,
  dueAgainDays: 30,
  redoOnSignificant: true,
  validFrom: '2026-03-01',
  validTo: null,
};

async function pick(combobox: HTMLElement, option: RegExp) {
  await userEvent.click(combobox);
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

/** The API's answers, and what the page asked of it. */
function api() {
  const previews: FakeRequest[] = [];
  const creates: FakeRequest[] = [];
  const routes = {
    'POST /api/compliance/rules/preview': (request: FakeRequest) => {
      previews.push(request);
      return { body: { people: 143, completed: 12, overdue: 0 } };
    },
    'POST /api/compliance/rules': (request: FakeRequest) => {
      creates.push(request);
      return { status: 201, body: saved };
    },
    '/api/compliance/rules': { body: { rules: [saved] } },
  };
  return { previews, creates, routes };
}

async function fillIn() {
  const form = await screen.findByRole('form', { name: 'Ny regel' });
  await userEvent.type(
    within(form).getByRole('textbox', { name: /Namn på regeln/ }),
    'Företagarperspektiv för Bygglov',
  );
  await pick(within(form).getByRole('combobox', { name: /Modul/ }), /^Företagarperspektiv/);
  await pick(within(form).getByRole('combobox', { name: /^Enhet/ }), /^Bygglov/);
  // Today's job roles are offered as one types.
  const jobRole = within(form).getByRole('combobox', { name: /Yrkesroll/ });
  await userEvent.type(jobRole, 'bygg');
  await userEvent.click(await screen.findByRole('option', { name: 'bygglovshandläggare (2 personer)' }));
  expect(jobRole).toHaveValue('bygglovshandläggare');
  return form;
}

describe('a new rule', () => {
  it('offers published modules only, the region’s shared ones marked', async () => {
    renderCompliance('/rules/new', api().routes);
    await userEvent.click(await screen.findByRole('combobox', { name: /Modul/ }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Dataskydd i vardagen',
      'Företagarperspektiv för myndighetsutövning',
      'BemötandeDelas av Orust kommun',
    ]);
  });

  it('previews whom it reaches as it is filled in, before it is saved', async () => {
    const { previews, creates, routes } = api();
    renderCompliance('/rules/new', routes);
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Välj en modul och när den ska vara klar');
    await fillIn();

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Regeln tilldelar 143 personer, 12 har redan genomfört.'),
    );
    // Asked again once the typing stops: the last question has the whole rule.
    await waitFor(() =>
      expect(previews.at(-1)?.body).toMatchObject({
        moduleId: 'm-fp',
        targetOrgUnitId: 'bygglov',
        targetJobRole: 'bygglovshandläggare',
        dueBasis: 'employment-start',
        dueDays: 30,
      }),
    );
    expect(creates).toHaveLength(0);
  });

  it('asks the preview again for a fixed date, and saves the rule', async () => {
    const { previews, creates, routes } = api();
    const { router } = renderCompliance('/rules/new', routes);
    const form = await fillIn();
    await userEvent.click(within(form).getByRole('radio', { name: 'Ett fast datum' }));
    await waitFor(() => expect(previews.at(-1)?.body).toMatchObject({ dueBasis: 'fixed-date' }));
    expect(previews.at(-1)?.body).not.toHaveProperty('dueDays');
    await userEvent.click(within(form).getByRole('radio', { name: 'Anställningens start' }));

    await userEvent.click(within(form).getByRole('button', { name: 'Spara regeln' }));
    await waitFor(() => expect(creates).toHaveLength(1));
    expect(creates[0].body).toMatchObject({ name: 'Företagarperspektiv för Bygglov', dueDays: 30 });
    expect(
      await screen.findByText('Regeln Företagarperspektiv för Bygglov är sparad och gäller nu.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/rules'));
  });

  it('says what is missing at the fields, and sends nothing', async () => {
    const { creates, routes } = api();
    renderCompliance('/rules/new', routes);
    const form = await screen.findByRole('form', { name: 'Ny regel' });
    const days = within(form).getByRole('textbox', { name: /Antal dagar/ });
    await userEvent.clear(days);
    await userEvent.type(days, '2,5');
    await userEvent.click(within(form).getByRole('button', { name: 'Spara regeln' }));
    expect(within(form).getByRole('textbox', { name: /Namn på regeln/ })).toHaveAccessibleDescription(
      /Ge regeln ett namn\./,
    );
    expect(within(form).getByRole('combobox', { name: /Modul/ })).toHaveAccessibleDescription(/Välj en modul\./);
    expect(days).toHaveAccessibleDescription(/Ange ett helt antal dagar, 0–3650\./);
    expect(creates).toHaveLength(0);
  });

  it("shows the API's refusal in the reader's language", async () => {
    const { routes } = api();
    renderCompliance('/rules/new', {
      ...routes,
      'POST /api/compliance/rules': {
        status: 400,
        body: {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'Give dueDate for a fixed date, else dueDays.',
          code: ProblemCode.ValidationFailed,
          errors: [{ field: 'dueDays', message: 'required for this due basis' }],
        },
      },
    });
    const form = await fillIn();
    await userEvent.click(within(form).getByRole('button', { name: 'Spara regeln' }));
    expect(
      await within(form).findByText('Några uppgifter kunde inte godtas. Kontrollera dem och försök igen.'),
    ).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Antal dagar/ })).toHaveAccessibleDescription(
      /Ange ett helt antal dagar, 0–3650\./,
    );
  });

  it('takes a job role nobody holds yet as typed', async () => {
    const { previews, routes } = api();
    renderCompliance('/rules/new', routes);
    const form = await screen.findByRole('form', { name: 'Ny regel' });
    await pick(within(form).getByRole('combobox', { name: /Modul/ }), /^Företagarperspektiv/);
    await userEvent.type(within(form).getByRole('combobox', { name: /Yrkesroll/ }), 'Miljöinspektör');
    await waitFor(() => expect(previews.at(-1)?.body).toMatchObject({ targetJobRole: 'Miljöinspektör' }));
  });

  it('speaks English to an English reader', async () => {
    renderCompliance('/rules/new', api().routes, 'en');
    const form = await screen.findByRole('form', { name: 'New rule' });
    await pick(within(form).getByRole('combobox', { name: /Module/ }), /^Företagarperspektiv/);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'The rule assigns 143 people; 12 have already completed it.',
      ),
    );
  });
});
