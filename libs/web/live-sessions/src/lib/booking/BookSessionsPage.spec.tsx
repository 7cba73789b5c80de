import type { FakeRequest } from '@larnav/web/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bookable, caseworker, FP, renderLiveSessions, session } from '../../testing/render-live-sessions';

const PATH = `/my-training/${FP.id}/sessions`;
const WHEN = 'tis 11 mars 2031, 09:00–12:00';

function card(when = WHEN) {
  return screen.findByRole('listitem', { name: when });
}

describe('booking a live session', () => {
  it('books a free place and says an invitation is coming', async () => {
    const booked: FakeRequest[] = [];
    renderLiveSessions(
      PATH,
      {
        '/api/live-bookings/sessions': { body: { sessions: [bookable({ bookedCount: 1, freePlaces: 1 })] } },
        '/api/live-bookings': { body: { bookings: [] } },
        'POST /api/live-bookings': (request) => {
          booked.push(request);
          return {
            status: 201,
            body: { id: 'b1', status: 'booked', waitlistPosition: null, requestedAt: '', session: session() },
          };
        },
      },
      caseworker,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: `Boka utbildningspass: ${FP.title}` }),
    ).toBeInTheDocument();
    const item = await card();
    expect(item).toHaveTextContent('Kommunfullmäktiges sessionssal');
    expect(item).toHaveTextContent('1 av 2 bokade, 1 lediga');
    await userEvent.click(within(item).getByRole('button', { name: `Boka plats: ${WHEN}` }));
    await waitFor(() => expect(booked.map((r) => r.body)).toEqual([{ sessionId: 's1' }]));
    expect(await screen.findByText('Du har fått en plats. En kalenderinbjudan kommer med e-post.')).toBeInTheDocument();
  });

  it('offers the waitlist when the session is full, and tells the place in line', async () => {
    renderLiveSessions(
      PATH,
      {
        '/api/live-bookings/sessions': {
          body: { sessions: [bookable({ bookedCount: 2, freePlaces: 0, waitlistCount: 1 })] },
        },
        '/api/live-bookings': { body: { bookings: [] } },
        'POST /api/live-bookings': {
          status: 201,
          body: { id: 'b3', status: 'waitlisted', waitlistPosition: 2, requestedAt: '', session: session() },
        },
      },
      caseworker,
    );
    const item = await card();
    expect(item).toHaveTextContent('Fullbokat');
    await userEvent.click(within(item).getByRole('button', { name: `Ställ mig på väntelistan: ${WHEN}` }));
    expect(await screen.findByText('Passet är fullt. Du står som nummer 2 på väntelistan.')).toBeInTheDocument();
  });

  it('shows the refusal in words: the session is open only to other units', async () => {
    renderLiveSessions(
      PATH,
      {
        '/api/live-bookings/sessions': { body: { sessions: [bookable()] } },
        '/api/live-bookings': { body: { bookings: [] } },
        'POST /api/live-bookings': {
          status: 403,
          body: { type: 'about:blank', title: 'Forbidden', status: 403, code: 'booking_not_open_to_unit', detail: 'x' },
        },
      },
      caseworker,
    );
    await userEvent.click(within(await card()).getByRole('button', { name: `Boka plats: ${WHEN}` }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Det här passet är bara öppet för andra förvaltningar och enheter.',
    );
  });

  it('says booking has closed after the deadline, and offers no button', async () => {
    renderLiveSessions(
      PATH,
      {
        '/api/live-bookings/sessions': {
          body: { sessions: [bookable({ bookingOpen: false, bookingDeadlineLocal: '2031-03-04T16:00' })] },
        },
        '/api/live-bookings': { body: { bookings: [] } },
      },
      caseworker,
    );
    const item = await card();
    expect(item).toHaveTextContent('Bokningen stängde tis 4 mars 2031 16:00.');
    expect(within(item).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows my status on each session, an unknown one as awaiting approval, and lets me leave the waitlist', async () => {
    const cancelled: FakeRequest[] = [];
    const waiting = bookable({
      id: 's2',
      startsLocal: '2031-03-18T09:00',
      endsLocal: '2031-03-18T12:00',
      freePlaces: 0,
      myBooking: { id: 'b2', status: 'waitlisted', waitlistPosition: 1, requestedAt: '' },
    });
    const pending = bookable({
      id: 's3',
      startsLocal: '2031-03-25T09:00',
      endsLocal: '2031-03-25T12:00',
      requiresApproval: true,
      // A status the API may send once manager approval lands; this build's types do not know it.
      myBooking: { id: 'b3', status: 'pending-approval' as 'booked', waitlistPosition: null, requestedAt: '' },
    });
    renderLiveSessions(
      PATH,
      {
        '/api/live-bookings/sessions': { body: { sessions: [waiting, pending] } },
        '/api/live-bookings': { body: { bookings: [] } },
        'POST /api/live-bookings/{id}/cancel': (request) => {
          cancelled.push(request);
          return { body: { id: 'b2', status: 'cancelled', waitlistPosition: null, requestedAt: '', session: waiting } };
        },
      },
      caseworker,
    );
    const onWaitlist = await card('tis 18 mars 2031, 09:00–12:00');
    expect(onWaitlist).toHaveTextContent('På väntelistan');
    expect(onWaitlist).toHaveTextContent('plats 1 i kön');
    expect(await card('tis 25 mars 2031, 09:00–12:00')).toHaveTextContent('Väntar på godkännande');

    await userEvent.click(
      within(onWaitlist).getByRole('button', { name: 'Lämna väntelistan: tis 18 mars 2031, 09:00–12:00' }),
    );
    const dialog = await screen.findByRole('alertdialog', { hidden: true });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lämna väntelistan', hidden: true }));
    await waitFor(() => expect(cancelled.map((r) => r.params)).toEqual([{ path: { id: 'b2' } }]));
    expect(await screen.findByText('Du står inte längre på väntelistan.')).toBeInTheDocument();
  });

  it('lists Mina bokningar: upcoming places of every module, with the module named, and cancelled ones with why', async () => {
    renderLiveSessions(
      PATH,
      {
        '/api/live-bookings/sessions': { body: { sessions: [] } },
        '/api/live-bookings': {
          body: {
            bookings: [
              { id: 'b1', status: 'booked', waitlistPosition: null, requestedAt: '', session: session() },
              {
                id: 'b0',
                status: 'booked',
                waitlistPosition: null,
                requestedAt: '',
                session: session({ id: 's0', status: 'cancelled' }),
              },
              {
                id: 'b2',
                status: 'cancelled',
                waitlistPosition: null,
                requestedAt: '',
                session: session({
                  id: 's2',
                  status: 'cancelled',
                  cancellationReason: 'Utbildaren är sjuk. Nytt pass i april.',
                  startsLocal: '2031-03-18T09:00',
                  endsLocal: '2031-03-18T12:00',
                  startsAt: '2031-03-18T08:00:00.000Z',
                  endsAt: '2031-03-18T11:00:00.000Z',
                }),
              },
            ],
          },
        },
      },
      caseworker,
    );
    expect(await screen.findByText('Det finns inga pass att boka just nu')).toBeInTheDocument();
    const mine = await screen.findByRole('region', { name: 'Mina bokningar' });
    const items = await within(mine).findAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(WHEN);
    expect(items[0]).toHaveTextContent('Bokad');
    expect(within(items[0]).getByRole('link', { name: FP.title })).toBeInTheDocument();
    expect(within(items[0]).getByRole('button', { name: `Avboka: ${WHEN}` })).toBeInTheDocument();
    // Called off by the trainer: shown as cancelled, with the reason when there is one, and nothing to cancel.
    const [, older, withReason] = items;
    expect(older).toHaveTextContent('Inställt');
    expect(within(older).queryByRole('button')).not.toBeInTheDocument();
    expect(within(withReason).getByText('Inställt: Utbildaren är sjuk. Nytt pass i april.')).toBeInTheDocument();
    expect(within(withReason).queryByRole('button')).not.toBeInTheDocument();
  });
});
