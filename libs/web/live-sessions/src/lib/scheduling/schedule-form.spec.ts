import { emptyScheduleForm, scheduleRequest } from './schedule-form';

const form = (over: Partial<ReturnType<typeof emptyScheduleForm>> = {}) => ({
  ...emptyScheduleForm('2031-03-25'),
  place: 'Kommunfullmäktiges sessionssal',
  ...over,
});

describe('the scheduling form', () => {
  it('makes one session with deadlines at the start when none are given', () => {
    const { input } = scheduleRequest(form({ capacity: '2' }), 'm-fp', 'p-karin');
    expect(input).toEqual({
      moduleId: 'm-fp',
      occurrences: [{ startsAt: '2031-03-25T09:00', endsAt: '2031-03-25T12:00' }],
      place: 'Kommunfullmäktiges sessionssal',
      capacity: 2,
      trainerIds: ['p-karin'],
      bookableOrgUnitIds: [],
      requiresApproval: false,
    });
  });

  it('keeps a weekly series at the same Swedish hour across the change to summer time', () => {
    // Summer time starts on 30 March 2031: the second session is still at 09:00 on the wall clock.
    const { input } = scheduleRequest(
      form({ count: '3', everyDays: '7', bookingDaysBefore: '2', cancellationDaysBefore: '1' }),
      'm-fp',
      null,
    );
    expect(input?.occurrences).toEqual([
      {
        startsAt: '2031-03-25T09:00',
        endsAt: '2031-03-25T12:00',
        bookingDeadline: '2031-03-23T09:00',
        cancellationDeadline: '2031-03-24T09:00',
      },
      {
        startsAt: '2031-04-01T09:00',
        endsAt: '2031-04-01T12:00',
        bookingDeadline: '2031-03-30T09:00',
        cancellationDeadline: '2031-03-31T09:00',
      },
      {
        startsAt: '2031-04-08T09:00',
        endsAt: '2031-04-08T12:00',
        bookingDeadline: '2031-04-06T09:00',
        cancellationDeadline: '2031-04-07T09:00',
      },
    ]);
    expect(input?.trainerIds).toEqual([]);
  });

  it('lets a session run over several days', () => {
    const { input } = scheduleRequest(form({ endDate: '2031-03-26', endTime: '16:00' }), 'm-fp', 'p-karin');
    expect(input?.occurrences).toEqual([{ startsAt: '2031-03-25T09:00', endsAt: '2031-03-26T16:00' }]);
  });

  it('says what is wrong instead of sending', () => {
    expect(
      scheduleRequest(
        form({ endTime: '08:00', place: '', capacity: '0', count: '53', bookingDaysBefore: 'två' }),
        'm-fp',
        'p-karin',
      ),
    ).toEqual({
      input: null,
      errors: {
        time: 'endBeforeStart',
        place: 'placeOrLink',
        capacity: 'capacity',
        count: 'count',
        bookingDaysBefore: 'days',
      },
    });
    expect(scheduleRequest(form({ onlineLink: 'http://teams.example' }), 'm-fp', null).errors).toEqual({
      onlineLink: 'link',
    });
  });

  it('sends an online session without a place, open only to the chosen units, with approval', () => {
    const { input } = scheduleRequest(
      form({
        place: ' ',
        onlineLink: 'https://teams.microsoft.com/l/meetup-join/x',
        unitIds: ['bygg'],
        requiresApproval: true,
      }),
      'm-fp',
      'p-karin',
    );
    expect(input).toMatchObject({
      onlineLink: 'https://teams.microsoft.com/l/meetup-join/x',
      bookableOrgUnitIds: ['bygg'],
      requiresApproval: true,
    });
    expect(input).not.toHaveProperty('place');
  });
});
