import { ProblemCode } from '@larnav/contracts';
import type { FakeRequest } from '@larnav/web/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { findDialog, renderAdmin } from '../../testing/render-admin';
import { missingForGrant } from './grant-role-form';

const grants = [
  {
    id: 'g1',
    personId: 'p1',
    personName: 'Anders Nyberg',
    role: 'admin',
    orgUnitId: null,
    orgUnitName: null,
    source: 'idp',
  },
  {
    id: 'g2',
    personId: 'p2',
    personName: 'Karin Sjöberg',
    role: 'hr',
    orgUnitId: 'sbf',
    orgUnitName: 'Samhällsbyggnadsförvaltningen',
    source: 'admin',
  },
];

const people = {
  at: '2025-06-01',
  total: 1,
  people: [
    {
      personId: 'p3',
      name: 'Sara Lindqvist',
      email: 'sara.lindqvist@stenungsund.se',
      employmentId: 'e3',
      orgUnitId: 'bygglov',
      orgUnitName: 'Bygglov',
      jobRole: 'bygglovshandläggare',
      startDate: '2024-09-02',
      endDate: null,
    },
  ],
};

async function pick(combobox: HTMLElement, option: RegExp) {
  await userEvent.click(combobox);
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('missingForGrant', () => {
  it('needs a unit for HR only', () => {
    expect(missingForGrant({ personId: 'p', role: 'hr', orgUnitId: null })).toEqual(['orgUnitId']);
    expect(missingForGrant({ personId: 'p', role: 'hr', orgUnitId: 'u' })).toEqual([]);
    expect(missingForGrant({ personId: 'p', role: 'trainer', orgUnitId: null })).toEqual([]);
    expect(missingForGrant({ personId: null, role: null, orgUnitId: null })).toEqual(['personId', 'role']);
  });
});

describe('the roles section', () => {
  it('lists roles, with those from the sign-in service read-only', async () => {
    renderAdmin('/admin/roles', { '/api/admin/role-grants': { body: grants } });
    const table = await screen.findByRole('table', { name: 'Roller' });
    const fromIdp = within(table).getByRole('row', { name: /Anders Nyberg/ });
    expect(fromIdp).toHaveTextContent('Från inloggningstjänsten');
    expect(within(fromIdp).queryByRole('button')).not.toBeInTheDocument();
    const granted = within(table).getByRole('row', { name: /Karin Sjöberg/ });
    expect(granted).toHaveTextContent('Samhällsbyggnadsförvaltningen');
    expect(
      within(granted).getByRole('button', {
        name: 'Återkalla rollen HR för Karin Sjöberg',
      }),
    ).toBeInTheDocument();
  });

  it('requires the unit an HR grant covers before sending it, then grants it', async () => {
    const posts: FakeRequest[] = [];
    renderAdmin('/admin/roles', {
      '/api/admin/role-grants': { body: grants },
      '/api/org-units/{id}/people': { body: people },
      'POST /api/admin/role-grants': (request) => {
        posts.push(request);
        return {
          status: 201,
          body: {
            id: 'g3',
            personId: 'p3',
            personName: 'Sara Lindqvist',
            role: 'hr',
            orgUnitId: 'bygglov',
            orgUnitName: 'Bygglov',
            source: 'admin',
          },
        };
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Ge en roll' }));
    const dialog = await findDialog('Ge en roll');
    await pick(
      within(dialog).getByRole('combobox', {
        name: /Enhet där personen arbetar/,
      }),
      /^Bygglov/,
    );
    await pick(within(dialog).getByRole('combobox', { name: /Person/ }), /^Sara Lindqvist/);
    await userEvent.click(within(dialog).getByRole('radio', { name: /^HR/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ge rollen' }));

    expect(within(dialog).getByText('Välj enheten som HR-ansvaret gäller.')).toBeInTheDocument();
    expect(posts).toHaveLength(0);

    await pick(
      within(dialog).getByRole('combobox', {
        name: /Enhet som HR-ansvaret gäller/,
      }),
      /^Bygglov/,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ge rollen' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0].body).toEqual({
      personId: 'p3',
      role: 'hr',
      orgUnitId: 'bygglov',
    });
    expect(await screen.findByText('Sara Lindqvist har fått rollen HR.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it("shows the API's field errors at the fields", async () => {
    renderAdmin('/admin/roles', {
      '/api/admin/role-grants': { body: grants },
      '/api/org-units/{id}/people': { body: people },
      'POST /api/admin/role-grants': {
        status: 400,
        body: {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'personId must be a UUID',
          code: ProblemCode.ValidationFailed,
          errors: [{ field: 'personId', message: 'personId must be a UUID' }],
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Ge en roll' }));
    const dialog = await findDialog('Ge en roll');
    await pick(
      within(dialog).getByRole('combobox', {
        name: /Enhet där personen arbetar/,
      }),
      /^Bygglov/,
    );
    await pick(within(dialog).getByRole('combobox', { name: /Person/ }), /^Sara Lindqvist/);
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Utbildare/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ge rollen' }));

    const person = within(dialog).getByRole('combobox', { name: /Person/ });
    await waitFor(() => expect(person).toHaveAccessibleDescription(/Välj en person\./));
    expect(
      within(dialog).getByText('Några uppgifter kunde inte godtas. Kontrollera dem och försök igen.'),
    ).toBeInTheDocument();
  });
});
