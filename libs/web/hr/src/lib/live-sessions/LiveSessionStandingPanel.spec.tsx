import type { FakeRequest, LiveSessionStandingPerson } from '@larnav/web/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FP, liveSessionAnswer, renderHr } from '../../testing/render-hr';

const person = (over: Partial<LiveSessionStandingPerson>): LiveSessionStandingPerson => ({
  personId: 'p1',
  name: 'Karin Lund',
  email: 'karin.lund@stenungsund.se',
  units: [{ orgUnitId: 'bygglov', orgUnitName: 'Bygglov', orgUnitCode: 'SBF-BYGG' }],
  status: 'in-progress',
  dueDate: '2027-03-01',
  liveSession: 'booked',
  attendedOn: null,
  nextSessionStartsAt: '2027-01-14T08:00:00.000Z',
  nextSessionId: 's1',
  lacking: true,
  ...over,
});

const people = [
  person({}),
  person({
    personId: 'p2',
    name: 'Lars Lind',
    liveSession: 'attended',
    attendedOn: '2026-12-03',
    nextSessionStartsAt: null,
    lacking: false,
  }),
  person({ personId: 'p3', name: 'Mona Mark', liveSession: 'none', nextSessionStartsAt: null, status: 'overdue' }),
];
const counts = { attended: 1, booked: 1, lacking: 2, lackingUnbooked: 1 };

describe('live sessions on the coverage dashboard', () => {
  it('shows who is booked, who attended and who lacks the session, and narrows to those lacking', async () => {
    const asked: FakeRequest[] = [];
    const answer = liveSessionAnswer(true, people, counts);
    renderHr('/coverage', {
      '/api/reporting/live-sessions': (request) => {
        asked.push(request);
        return answer(request);
      },
    });
    const panel = await screen.findByRole('region', { name: 'Utbildningspass i alla dina enheter' });
    expect(panel).toHaveTextContent('Modulen kräver att man deltar i ett utbildningspass.');
    expect(panel).toHaveTextContent('Saknar passet: 2, varav 1 utan bokning.');
    const table = within(panel).getByRole('table', { name: `Utbildningspass i alla dina enheter för ${FP.title}` });
    expect(within(table).getByRole('row', { name: /Karin Lund/ })).toHaveTextContent('BokadSaknar passet');
    expect(within(table).getByRole('row', { name: /Karin Lund/ })).toHaveTextContent('14 jan. 2027');
    expect(within(table).getByRole('row', { name: /Lars Lind/ })).toHaveTextContent('Har deltagitDeltog 2026-12-03');
    expect(within(table).getByRole('row', { name: /Mona Mark/ })).toHaveTextContent('Ingen bokning');
    expect(asked[0].params).toEqual({
      query: { moduleId: FP.id, orgUnitId: undefined, liveSession: undefined, limit: 50, offset: 0 },
    });

    await userEvent.setup().selectOptions(within(panel).getByRole('combobox', { name: 'Visa' }), 'lacking');
    await waitFor(() => expect(asked.at(-1)?.params).toMatchObject({ query: { liveSession: 'lacking', offset: 0 } }));
  });

  it('stays away for a module that needs no session and that nobody has booked', async () => {
    const asked: FakeRequest[] = [];
    const answer = liveSessionAnswer(false);
    renderHr('/coverage', {
      '/api/reporting/live-sessions': (request) => {
        asked.push(request);
        return answer(request);
      },
    });
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(
      await screen.findByRole('table', { name: new RegExp(`^Täckning per enhet för ${FP.title}`) }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Utbildningspass/ })).not.toBeInTheDocument();
  });

  it('is in English too', async () => {
    renderHr('/coverage', { '/api/reporting/live-sessions': liveSessionAnswer(true, people, counts) }, 'en');
    const panel = await screen.findByRole('region', { name: 'Live sessions in all your units' });
    expect(panel).toHaveTextContent('Lacking the session: 2, of whom 1 have not booked.');
    expect(within(panel).getByRole('row', { name: /Lars Lind/ })).toHaveTextContent('AttendedAttended 2026-12-03');
  });

  it("shows a manager their team's bookings for the module they open", async () => {
    const asked: FakeRequest[] = [];
    const answer = liveSessionAnswer(true, people, counts);
    renderHr('/my-team', {
      '/api/my-team': {
        body: {
          asOf: '2026-12-07',
          manages: true,
          size: 3,
          modules: [FP],
          totals: [
            {
              moduleId: FP.id,
              population: 3,
              compliant: 0,
              inProgress: 2,
              notStarted: 0,
              overdue: 1,
              exempt: 0,
              percentage: 0,
            },
          ],
        },
      },
      '/api/my-team/people': { body: { asOf: '2026-12-07', total: 0, people: [] } },
      '/api/my-team/approvals': { body: { approvals: [] } },
      '/api/my-team/live-sessions': (request) => {
        asked.push(request);
        return answer(request);
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: new RegExp(`${FP.title}`) }));
    const panel = await screen.findByRole('region', { name: 'Utbildningspass i ditt team' });
    expect(within(panel).getByRole('row', { name: /Mona Mark/ })).toHaveTextContent('Ingen bokningSaknar passet');
    expect(asked[0].params).toEqual({ query: { moduleId: FP.id, liveSession: undefined, limit: 50, offset: 0 } });
  });
});
