import { Permission } from '@larnav/contracts';
import { screen, within } from '@testing-library/react';
import { meWith, renderAdmin } from '../../testing/render-admin';

const needs = [
  {
    personId: 'p9',
    name: 'Olle Berg',
    email: 'olle.berg@stenungsund.se',
    department: 'Miljö & hälsa',
    reportedAt: '2026-03-02T07:15:00Z',
  },
];

describe('the needs-placement section', () => {
  it('lists who the identity system could not place, with the department it wrote and since when', async () => {
    renderAdmin('/admin/needs-placement', { '/api/admin/needs-placement': { body: needs } });
    const table = await screen.findByRole('table', { name: 'Att placera' });
    const row = within(table).getByRole('row', { name: /Olle Berg/ });
    expect(row).toHaveTextContent('olle.berg@stenungsund.se');
    expect(row).toHaveTextContent('Miljö & hälsa');
    // 07:15 UTC is 08:15 in Stockholm in March.
    expect(row).toHaveTextContent(/2 mars 2026.*08:15/);
  });

  it('says so when everyone is placed', async () => {
    renderAdmin('/admin/needs-placement', { '/api/admin/needs-placement': { body: [] } });
    expect(await screen.findByText('Alla är placerade')).toBeInTheDocument();
  });

  it('is not offered to someone who cannot manage people', async () => {
    const list = jest.fn(() => ({ body: needs }));
    renderAdmin('/admin/needs-placement', { '/api/admin/needs-placement': list }, meWith([Permission.AuditRead]));
    expect(
      await screen.findByRole('heading', { name: 'Du har inte behörighet till den här sidan' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Att placera' })).not.toBeInTheDocument();
    expect(list).not.toHaveBeenCalled();
  });
});
