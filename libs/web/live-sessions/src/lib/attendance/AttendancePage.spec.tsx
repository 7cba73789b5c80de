import type { FakeRequest, LiveSessionDetail } from '@larnav/web/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderLiveSessions, session } from '../../testing/render-live-sessions';

const started = session({
  startsAt: '2026-01-13T08:00:00.000Z',
  endsAt: '2026-01-13T11:00:00.000Z',
  startsLocal: '2026-01-13T09:00',
  endsLocal: '2026-01-13T12:00',
  bookedCount: 2,
  waitlistCount: 1,
});

function detail(over: Partial<LiveSessionDetail> = {}): LiveSessionDetail {
  return {
    ...started,
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
        status: 'attended',
        requestedAt: '',
        waitlistPosition: null,
      },
      {
        id: 'b3',
        personId: 'p3',
        name: 'Amira Haddad',
        email: 'a@x',
        status: 'waitlisted',
        requestedAt: '',
        waitlistPosition: 1,
      },
    ],
    ...over,
  };
}

describe('marking attendance', () => {
  it('lists the people with a place, each with three buttons, and marks one', async () => {
    const marks: FakeRequest[] = [];
    // The server's state: a mark changes what the list answers afterwards.
    let current = detail();
    renderLiveSessions('/live-sessions/s1/attendance', {
      '/api/live-sessions/{id}': () => ({ body: current }),
      'PUT /api/live-sessions/{id}/bookings/{bookingId}/attendance': (request) => {
        marks.push(request);
        const { status } = request.body as { status: 'no-show' };
        current = { ...current, bookings: current.bookings.map((b) => (b.id === 'b1' ? { ...b, status } : b)) };
        return { body: current.bookings[0] };
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Närvaro' })).toBeInTheDocument();
    expect(screen.getByText('2 personer med plats')).toBeInTheDocument();
    expect(screen.getByText('1 person står på väntelistan.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Amira Haddad' })).not.toBeInTheDocument();
    const johan = screen.getByRole('group', { name: 'Johan Berglund' });
    expect(within(johan).getByRole('button', { name: 'Deltog' })).toHaveAttribute('aria-pressed', 'true');
    const sara = screen.getByRole('group', { name: 'Sara Lindqvist' });
    await userEvent.click(within(sara).getByRole('button', { name: 'Kom inte' }));
    await waitFor(() =>
      expect(marks.map((r) => [r.params, r.body])).toEqual([
        [{ path: { id: 's1', bookingId: 'b1' } }, { status: 'no-show' }],
      ]),
    );
    await waitFor(() =>
      expect(within(sara).getByRole('button', { name: 'Kom inte' })).toHaveAttribute('aria-pressed', 'true'),
    );
  });

  it('waits for the session to start before anything can be marked', async () => {
    renderLiveSessions('/live-sessions/s1/attendance', { '/api/live-sessions/{id}': { body: detail(session()) } });
    expect(
      await screen.findByText('Närvaro kan markeras när passet har börjat (tis 11 mars 2031 09:00).'),
    ).toBeInTheDocument();
  });

  it("uploads Teams' report and shows each row's outcome, unknown people too", async () => {
    const uploads: FakeRequest[] = [];
    renderLiveSessions('/live-sessions/s1/attendance', {
      '/api/live-sessions/{id}': { body: detail() },
      'POST /api/live-sessions/{id}/attendance-report': (request) => {
        uploads.push(request);
        return {
          body: {
            marked: 1,
            rows: [
              {
                line: 12,
                name: 'Sara Lindqvist',
                email: 'sara.lindqvist@stenungsund.se',
                outcome: 'attended',
                bookingId: 'b1',
              },
              {
                line: 13,
                name: 'Extern konsult',
                email: 'konsult@example.com',
                outcome: 'unknown-person',
                bookingId: null,
              },
            ],
          },
        };
      },
    });
    const file = new File(['\ufeffx'], 'närvaro.csv', { type: 'text/csv' });
    await userEvent.upload(await screen.findByLabelText('Ladda upp närvarorapporten'), file);
    await waitFor(() => expect(uploads).toHaveLength(1));
    expect(uploads[0].body).toBe(file);
    expect(await screen.findByText('1 bokade markerades, av 2 rader i rapporten.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Rapportens rader' });
    expect(within(table).getByRole('row', { name: /Extern konsult/ })).toHaveTextContent(
      'Okänd person – ingen här har den e-postadressen',
    );
  });
});
