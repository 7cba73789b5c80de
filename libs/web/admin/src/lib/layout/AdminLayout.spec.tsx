import { Permission } from '@larnav/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meWith, renderAdmin } from '../../testing/render-admin';

// Fluent repeats a tab's text in a hidden span that reserves room for its bold selected state.
const tabNames = () => screen.getAllByRole('tab').map((tab) => tab.querySelector('.fui-Tab__content')?.textContent);

describe('the administration area', () => {
  it('shows an administrator every section as a tab, and opens the first', async () => {
    const { router } = renderAdmin('/admin', {
      '/api/admin/role-grants': { body: [] },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Administration' })).toBeInTheDocument();
    expect(tabNames()).toEqual([
      'Roller',
      'Anspråk',
      'Inloggning',
      'Att placera',
      'Personalimport',
      'Tokens',
      'Regionen',
      'Granskningslogg',
      'Utkorg',
    ]);
    expect(router.state.location.pathname).toBe('/admin/roles');
    expect(screen.getByRole('tab', { name: 'Roller' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Roller' })).toBeInTheDocument();
  });

  it('shows only the sections a person may use', async () => {
    renderAdmin('/admin/audit-log', { '/api/audit': { body: [] } }, meWith([Permission.AuditRead]));
    expect(await screen.findByRole('heading', { name: 'Granskningslogg' })).toBeInTheDocument();
    expect(tabNames()).toEqual(['Granskningslogg']);
  });

  it('says "no access" for a section opened without its permission, and does not ask the API', async () => {
    const tokens = jest.fn(() => ({ body: [] }));
    renderAdmin('/admin/tokens', { '/api/admin/tokens': tokens }, meWith([Permission.AuditRead]));
    expect(
      await screen.findByRole('heading', {
        name: 'Du har inte behörighet till den här sidan',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Granskningslogg' })).toHaveAttribute('aria-selected', 'false');
    expect(tokens).not.toHaveBeenCalled();
  });

  it('says "no access" to someone who may use no section at all', async () => {
    renderAdmin('/admin/roles', {}, meWith([Permission.OrgRead]));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Du har inte behörighet till den här sidan',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
  });

  it('moves between sections from the tabs', async () => {
    const { router } = renderAdmin('/admin/roles', {
      '/api/admin/role-grants': { body: [] },
      '/api/admin/tokens': { body: [] },
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Tokens' }));
    expect(router.state.location.pathname).toBe('/admin/tokens');
    expect(
      await screen.findByRole('heading', {
        name: 'Integrationsnycklar (tokens)',
      }),
    ).toBeInTheDocument();
  });
});
