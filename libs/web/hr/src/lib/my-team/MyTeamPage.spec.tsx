import type { CoveragePeople, FakeRequest, MyTeam, PendingApproval } from '@larnav/web/api-client';
import { addCalendarDays, todayInStockholm } from '@larnav/web/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FP, numbers, renderHr } from '../../testing/render-hr';

const today = todayInStockholm();

const person = (over: Partial<CoveragePeople['people'][number]>): CoveragePeople['people'][number] => ({
  personId: 'p1',
  name: 'Karin Lund',
  email: 'karin.lund@stenungsund.se',
  employeeNumber: null,
  moduleId: FP.id,
  moduleTitle: FP.title,
  status: 'overdue',
  dueDate: '2026-10-31',
  overdueSince: '2026-11-01',
  completedOn: null,
  validUntil: null,
  units: [{ orgUnitId: 'bygglov', orgUnitName: 'Bygglov', orgUnitCode: 'SBF-BYGG' }],
  ...over,
});

const team: MyTeam = {
  asOf: today,
  manages: true,
  size: 4,
  modules: [FP],
  totals: [numbers(FP.id, { population: 4, compliant: 1, overdue: 2, notStarted: 1, percentage: 25 })],
};

const people: CoveragePeople = {
  asOf: today,
  total: 3,
  people: [
    person({}),
    person({
      personId: 'p2',
      name: 'Lars Lind',
      status: 'not-started',
      dueDate: addCalendarDays(today, 60),
      overdueSince: null,
    }),
    person({ personId: 'p3', name: 'Mona Mark', status: 'compliant', dueDate: null, overdueSince: null }),
  ],
};

const approval: PendingApproval = {
  bookingId: 'b1',
  requestedAt: '2026-12-01T08:00:00.000Z',
  person: { id: 'p2', name: 'Lars Lind', email: 'lars.lind@stenungsund.se' },
  session: {
    id: 's1',
    moduleId: FP.id,
    moduleTitle: FP.title,
    startsAt: '2099-07-01T07:00:00.000Z',
    endsAt: '2099-07-01T10:00:00.000Z',
    place: 'Sessionssalen',
  },
};

function routes(sent: FakeRequest[], over: Record<string, unknown> = {}) {
  return {
    '/api/my-team': { body: team },
    '/api/my-team/people': { body: people },
    '/api/my-team/approvals': { body: { approvals: [] } },
    'POST /api/my-team/reminders': (request: FakeRequest) => {
      sent.push(request);
      return { status: 201, body: { ...(request.body as object), mailId: 'mail', sentOn: today } };
    },
    ...over,
  };
}

describe('Mitt team', () => {
  it("shows the team's numbers per module, each person's standing, and reminds only those behind", async () => {
    const sent: FakeRequest[] = [];
    renderHr('/my-team', routes(sent));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mitt team' })).toBeInTheDocument();
    const totals = await screen.findByRole('table', { name: `Täckning i ditt team per ${today}, 4 personer` });
    const row = within(totals).getByRole('row', { name: new RegExp(FP.title) });
    expect(row).toHaveTextContent(`${FP.title}41012025 %`);
    expect(within(row).getByRole('progressbar', { name: /25\s%\sklara$/ })).toBeInTheDocument();

    const list = await screen.findByRole('table', { name: 'Personerna i ditt team' });
    expect(within(list).getByRole('row', { name: /Karin Lund/ })).toHaveTextContent('Försenad');
    // Lars is not due for two months and Mona is done: no reminder for them.
    expect(within(list).getAllByRole('button', { name: /Skicka påminnelse/ })).toHaveLength(1);

    const user = userEvent.setup();
    await user.click(within(list).getByRole('button', { name: `Skicka påminnelse till Karin Lund om ${FP.title}` }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].body).toEqual({ personId: 'p1', moduleId: FP.id });
    expect(await within(list).findByText('Påminnelse skickad')).toBeInTheDocument();
    expect(await screen.findByText('Påminnelsen till Karin Lund är skickad')).toBeInTheDocument();
  });

  it('says when a reminder already went today, in Swedish', async () => {
    renderHr(
      '/my-team',
      routes([], {
        'POST /api/my-team/reminders': {
          status: 409,
          body: { status: 409, code: 'reminder_already_sent', detail: 'already' },
        },
      }),
    );
    const list = await screen.findByRole('table', { name: 'Personerna i ditt team' });
    await userEvent.setup().click(within(list).getByRole('button', { name: /Skicka påminnelse till Karin Lund/ }));
    expect(
      await screen.findByText('En påminnelse om den här utbildningen har redan skickats till personen i dag.'),
    ).toBeInTheDocument();
  });

  it('tells someone who manages no one, instead of showing anyone', async () => {
    renderHr(
      '/my-team',
      routes([], { '/api/my-team': { body: { ...team, manages: false, size: 0, modules: [], totals: [] } } }),
    );
    expect(await screen.findByText('Du är inte chef för någon')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Personerna i ditt team' })).not.toBeInTheDocument();
  });

  it('lists bookings to approve and approves one by keyboard', async () => {
    const decided: FakeRequest[] = [];
    renderHr(
      '/my-team',
      routes([], {
        '/api/my-team/approvals': { body: { approvals: [approval] } },
        'POST /api/my-team/approvals/{bookingId}/approve': (request: FakeRequest) => {
          decided.push(request);
          return { body: { bookingId: 'b1', status: 'booked' } };
        },
      }),
    );
    const table = await screen.findByRole('table', { name: 'Att godkänna' });
    expect(within(table).getByRole('row', { name: /Lars Lind/ })).toHaveTextContent('Sessionssalen');
    within(table).getByRole('button', { name: 'Godkänn bokningen för Lars Lind' }).focus();
    await userEvent.setup().keyboard('{Enter}');
    await waitFor(() => expect(decided).toHaveLength(1));
    expect(decided[0].params).toEqual({ path: { bookingId: 'b1' } });
    expect(await screen.findByText('Lars Lind har fått en plats')).toBeInTheDocument();
  });

  it('speaks English when asked', async () => {
    renderHr('/my-team', routes([]), 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'My team' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'The people in your team' })).toBeInTheDocument();
  });
});
