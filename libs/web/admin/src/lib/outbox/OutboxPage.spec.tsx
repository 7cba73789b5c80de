import { Permission } from '@larnav/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { findDialog, meWith, renderAdmin } from '../../testing/render-admin';

const held = {
  id: 'm1',
  to: 'anna@stenungsund.se',
  subject: 'Sista dag i dag: Informationssäkerhet',
  kind: 'reminder-due',
  status: 'held',
  error: null,
  createdAt: '2027-03-15T05:00:00.000Z',
  sentAt: null,
};

describe('the outbox', () => {
  it('lists mails with kind and status, and opens one to read its body', async () => {
    renderAdmin(
      '/admin/outbox',
      {
        '/api/outbox': { body: [held] },
        '/api/outbox/{id}': (request) => ({
          body: {
            ...held,
            id: (request.params['path'] as { id: string }).id,
            text: 'Hej Anna!\n\nÖppna utbildningen: https://stenungsund.test/my-training/x',
            html: '<p>Hej Anna!</p>',
          },
        }),
      },
      meWith([Permission.OutboxRead]),
    );

    const table = await screen.findByRole('table', { name: 'Utkorg' });
    expect(within(table).getByText('anna@stenungsund.se')).toBeInTheDocument();
    expect(within(table).getByText('Påminnelse på förfallodagen')).toBeInTheDocument();
    expect(within(table).getByText('Inte skickat (ingen e-postserver)')).toBeInTheDocument();

    await userEvent.click(within(table).getByRole('button', { name: held.subject }));
    const dialog = await findDialog(held.subject);
    expect(
      await within(dialog).findByText(/Öppna utbildningen: https:\/\/stenungsund.test\/my-training\/x/),
    ).toBeInTheDocument();
    expect(within(dialog).getByTitle(`Meddelandet ”${held.subject}” som HTML`)).toHaveAttribute('sandbox', '');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says so when there is no mail', async () => {
    renderAdmin('/admin/outbox', { '/api/outbox': { body: [] } }, meWith([Permission.OutboxRead]));
    expect(await screen.findByText('Inga meddelanden ännu')).toBeInTheDocument();
  });
});
