import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FakeRequest } from '@larnav/web/api-client';
import { findDialog, renderAdmin } from '../../testing/render-admin';

const SECRET = 'lnv_0123456789abcdef0123456789abcdef_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq';

const listed = {
  id: 't1',
  name: 'Import från HR-systemet',
  scopes: ['org:read', 'people:read'],
  expiresAt: '2099-09-01T21:59:59.999Z',
  revokedAt: null,
  lastUsedAt: null,
  createdAt: '2025-06-01T08:00:00.000Z',
};

describe('creating an integration token', () => {
  it('shows the new token once, with a warning, and never again after closing', async () => {
    let created = false;
    const posts: FakeRequest[] = [];
    renderAdmin('/admin/tokens', {
      '/api/admin/tokens': () => ({ body: created ? [listed] : [] }),
      'POST /api/admin/tokens': (request) => {
        posts.push(request);
        created = true;
        return { status: 201, body: { ...listed, token: SECRET } };
      },
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Skapa nyckel' }));
    const form = await findDialog('Skapa nyckel');
    await userEvent.type(within(form).getByRole('textbox', { name: /Namn/ }), 'Import från HR-systemet');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Läsa organisationen' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Skapa nyckel' }));

    const shown = await findDialog('Nyckeln ”Import från HR-systemet” är skapad');
    expect(within(shown).getByText(/visas bara den här gången/)).toBeInTheDocument();
    expect(within(shown).getByRole('textbox', { name: 'Nyckel' })).toHaveValue(SECRET);
    expect(posts).toHaveLength(1);
    expect(posts[0].body).toMatchObject({
      name: 'Import från HR-systemet',
      scopes: ['org:read'],
    });
    expect((posts[0].body as { expiresAt: string }).expiresAt).toMatch(/T2[12]:59:59\.999Z$/);

    await userEvent.click(within(shown).getByRole('button', { name: 'Jag har sparat nyckeln' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    // Listed by name only; the value is nowhere on the page any more.
    expect(await screen.findByRole('cell', { name: /Import från HR-systemet/ })).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(SECRET);
  });

  it('asks for a name and at least one permission before sending anything', async () => {
    const post = jest.fn();
    renderAdmin('/admin/tokens', {
      '/api/admin/tokens': { body: [] },
      'POST /api/admin/tokens': post,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Skapa nyckel' }));
    const form = await findDialog('Skapa nyckel');
    await userEvent.click(within(form).getByRole('button', { name: 'Skapa nyckel' }));
    expect(within(form).getByText('Ange ett namn.')).toBeInTheDocument();
    expect(within(form).getByText('Välj minst en behörighet.')).toBeInTheDocument();
    expect(post).not.toHaveBeenCalled();
  });

  it('shows the status of each token and revokes an active one after asking', async () => {
    const revoked = jest.fn(() => ({ status: 204 }));
    renderAdmin('/admin/tokens', {
      '/api/admin/tokens': {
        body: [
          listed,
          {
            ...listed,
            id: 't2',
            name: 'Gammal',
            revokedAt: '2025-01-01T00:00:00Z',
          },
          {
            ...listed,
            id: 't3',
            name: 'Utgången',
            expiresAt: '2020-01-01T00:00:00Z',
          },
        ],
      },
      'DELETE /api/admin/tokens/{id}': revoked,
    });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('row', { name: /Import från HR-systemet/ })).toHaveTextContent('Aktiv');
    expect(within(table).getByRole('row', { name: /Gammal/ })).toHaveTextContent('Återkallad');
    expect(within(table).getByRole('row', { name: /Utgången/ })).toHaveTextContent('Utgången');
    expect(within(table).getAllByRole('button', { name: /Återkalla/ })).toHaveLength(1);

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Återkalla nyckeln Import från HR-systemet',
      }),
    );
    const confirm = await findDialog('Återkalla nyckeln?');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Återkalla' }));
    await waitFor(() => expect(revoked).toHaveBeenCalledTimes(1));
    expect(revoked.mock.calls[0]).toEqual([expect.objectContaining({ params: { path: { id: 't1' } } })]);
    expect(await screen.findByText('Nyckeln Import från HR-systemet är återkallad.')).toBeInTheDocument();
  });
});
