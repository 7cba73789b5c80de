import type { FakeRequest } from '@larnav/web/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FP, renderLiveSessions, session, trainer } from '../../testing/render-live-sessions';

const PATH = `/modules/${FP.id}/sessions`;
const WHEN = 'tis 11 mars 2031, 09:00–12:00';

const cancelledOne = session({
  id: 's0',
  status: 'cancelled',
  cancellationReason: 'Utbildaren är sjuk.',
  cancelledAt: '2031-03-01T10:00:00.000Z',
  startsLocal: '2031-03-04T09:00',
  endsLocal: '2031-03-04T12:00',
  startsAt: '2031-03-04T08:00:00.000Z',
  endsAt: '2031-03-04T11:00:00.000Z',
});

describe("a module's live sessions, for its trainer", () => {
  it('lists upcoming sessions with their places, and a cancelled one as cancelled', async () => {
    renderLiveSessions(PATH, {
      '/api/live-sessions': {
        body: { sessions: [cancelledOne, session({ bookedCount: 2, freePlaces: 0, waitlistCount: 1 })] },
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: `Utbildningspass: ${FP.title}` })).toBeInTheDocument();
    const upcoming = await screen.findByRole('listitem', { name: WHEN });
    expect(upcoming).toHaveTextContent('Planerat');
    expect(upcoming).toHaveTextContent('2 av 2 bokade, 0 lediga');
    expect(upcoming).toHaveTextContent('1 person väntar');
    expect(within(upcoming).getByRole('link', { name: 'Närvaro' })).toHaveAttribute(
      'href',
      '/live-sessions/s1/attendance',
    );
    const earlier = screen.getByRole('region', { name: 'Genomförda och inställda pass' });
    const cancelled = within(earlier).getByRole('listitem', { name: 'tis 4 mars 2031, 09:00–12:00' });
    expect(cancelled).toHaveTextContent('Inställt');
    expect(within(cancelled).getByText('Inställt: Utbildaren är sjuk.')).toBeInTheDocument();
    // A cancelled session can be neither moved nor cancelled again.
    expect(within(cancelled).queryByRole('button', { name: /Flytta|Ställ in/ })).not.toBeInTheDocument();
  });

  it('shows who is booked and who waits, in order', async () => {
    renderLiveSessions(PATH, {
      '/api/live-sessions': { body: { sessions: [session({ bookedCount: 1, waitlistCount: 1 })] } },
      '/api/live-sessions/{id}': {
        body: {
          ...session(),
          bookings: [
            {
              id: 'b1',
              personId: 'p1',
              name: 'Sara Lindqvist',
              email: 's@x',
              status: 'booked',
              requestedAt: '',
              waitlistPosition: null,
            },
            {
              id: 'b2',
              personId: 'p2',
              name: 'Johan Berglund',
              email: 'j@x',
              status: 'waitlisted',
              requestedAt: '',
              waitlistPosition: 1,
            },
          ],
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Bokade (1) och väntelista (1)' }));
    const table = await screen.findByRole('table', { name: 'Bokade och väntelista' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Sara LindqvistBokad',
      'Johan BerglundPå väntelistan plats 1 i kön',
    ]);
  });

  it('schedules a series in one go, led by the signed-in trainer', async () => {
    const posted: FakeRequest[] = [];
    renderLiveSessions(PATH, {
      '/api/live-sessions': { body: { sessions: [] } },
      'POST /api/live-sessions': (request) => {
        posted.push(request);
        return { status: 201, body: { sessions: [session(), session({ id: 's2' })] } };
      },
    });
    expect(await screen.findByText('Modulen har inga utbildningspass ännu')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Schemalägg pass' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    const field = (name: string | RegExp) => within(dialog).getByRole('spinbutton', { name, hidden: true });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Plats/, hidden: true }),
      'Kommunfullmäktiges sessionssal',
    );
    await userEvent.clear(field('Antal platser'));
    await userEvent.type(field('Antal platser'), '2');
    await userEvent.clear(field(/Antal tillfällen/));
    await userEvent.type(field(/Antal tillfällen/), '2');
    await userEvent.type(field(/Bokningen stänger/), '1');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Schemalägg', hidden: true }));
    await waitFor(() => expect(posted).toHaveLength(1));
    const body = posted[0].body as { occurrences: { startsAt: string; bookingDeadline: string }[] };
    expect(body).toMatchObject({
      moduleId: FP.id,
      place: 'Kommunfullmäktiges sessionssal',
      capacity: 2,
      trainerIds: [trainer.person.id],
      bookableOrgUnitIds: [],
      requiresApproval: false,
    });
    expect(body.occurrences).toHaveLength(2);
    // A week apart, each closing for booking a day before it starts.
    const [first, second] = body.occurrences;
    expect(second.startsAt.slice(11)).toBe('09:00');
    expect(Date.parse(second.startsAt.slice(0, 10)) - Date.parse(first.startsAt.slice(0, 10))).toBe(7 * 86_400_000);
    expect(Date.parse(first.startsAt.slice(0, 10)) - Date.parse(first.bookingDeadline.slice(0, 10))).toBe(86_400_000);
    expect(await screen.findByText('2 pass är schemalagda.')).toBeInTheDocument();
  });

  it('refuses a form without a place or link before sending anything', async () => {
    const posted: FakeRequest[] = [];
    renderLiveSessions(PATH, {
      '/api/live-sessions': { body: { sessions: [] } },
      'POST /api/live-sessions': (request) => {
        posted.push(request);
        return { status: 201, body: { sessions: [] } };
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Schemalägg pass' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Schemalägg', hidden: true }));
    expect(await within(dialog).findByText('Ange en plats, en möteslänk eller båda.')).toBeInTheDocument();
    expect(posted).toEqual([]);
  });

  it('moves a session, sending only the new time', async () => {
    const moved: FakeRequest[] = [];
    renderLiveSessions(PATH, {
      '/api/live-sessions': { body: { sessions: [session()] } },
      'PATCH /api/live-sessions/{id}': (request) => {
        moved.push(request);
        return { body: session() };
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: `Flytta passet ${WHEN}` }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    const start = within(dialog).getByLabelText(/Starttid/);
    await userEvent.clear(start);
    await userEvent.type(start, '10:00');
    const end = within(dialog).getByLabelText(/Sluttid/);
    await userEvent.clear(end);
    await userEvent.type(end, '13:00');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara ändringarna', hidden: true }));
    await waitFor(() =>
      expect(moved.map((r) => [r.params, r.body])).toEqual([
        [{ path: { id: 's1' } }, { startsAt: '2031-03-11T10:00', endsAt: '2031-03-11T13:00' }],
      ]),
    );
  });

  it('cancels a session with the reason the trainer gives, after saying who will be told', async () => {
    const cancelled: FakeRequest[] = [];
    renderLiveSessions(PATH, {
      '/api/live-sessions': { body: { sessions: [session({ bookedCount: 2, waitlistCount: 1 })] } },
      'POST /api/live-sessions/{id}/cancel': (request) => {
        cancelled.push(request);
        return { body: session({ status: 'cancelled', cancellationReason: 'Lokalen är upptagen.' }) };
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: `Ställ in passet ${WHEN}` }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(dialog).toHaveTextContent('2 bokade och 1 på väntelistan får besked');
    const reason = within(dialog).getByRole('textbox', { name: /Varför ställs passet in\?/, hidden: true });
    expect(reason).toBeRequired();
    await userEvent.type(reason, '   ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ställ in passet', hidden: true }));
    // A blank reason is refused here, with a message, and the field gets the focus back.
    expect(await within(dialog).findByText('Skriv varför passet ställs in, så att de bokade vet.')).toBeInTheDocument();
    expect(reason).toHaveFocus();
    expect(cancelled).toEqual([]);
    await userEvent.type(reason, 'Lokalen är upptagen. ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ställ in passet', hidden: true }));
    await waitFor(() =>
      expect(cancelled.map((r) => [r.params, r.body])).toEqual([
        [{ path: { id: 's1' } }, { reason: 'Lokalen är upptagen.' }],
      ]),
    );
    expect(await screen.findByText(`Passet ${WHEN} är inställt. Alla bokade har fått besked.`)).toBeInTheDocument();
  });

  it('shows the validation message in English too', async () => {
    renderLiveSessions(PATH, { '/api/live-sessions': { body: { sessions: [session()] } } }, trainer, 'en');
    await userEvent.click(await screen.findByRole('button', { name: /^Cancel the session / }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel the session', hidden: true }));
    expect(
      await within(dialog).findByText('Write why the session is cancelled, so the people who booked know.'),
    ).toBeInTheDocument();
  });
});
