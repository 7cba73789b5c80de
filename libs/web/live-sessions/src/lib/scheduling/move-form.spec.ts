import { session } from '../../testing/render-live-sessions';
import { moveFormOf, moveRequest } from './move-form';

describe('moving a session', () => {
  it('sends only what changed', () => {
    const s = session({ capacity: 10 });
    const form = { ...moveFormOf(s), startTime: '10:00', endTime: '13:00', capacity: '12' };
    expect(moveRequest(s, form)).toEqual({
      errors: null,
      changes: { startsAt: '2031-03-11T10:00', endsAt: '2031-03-11T13:00', capacity: 12 },
    });
  });

  it('sends nothing when nothing changed, and null for a place taken away', () => {
    const s = session({ onlineLink: 'https://teams.microsoft.com/l/x' });
    expect(moveRequest(s, moveFormOf(s)).changes).toEqual({});
    expect(moveRequest(s, { ...moveFormOf(s), place: '' }).changes).toEqual({ place: null });
  });

  it('refuses a session without a place or link, or that ends before it starts', () => {
    const s = session();
    expect(moveRequest(s, { ...moveFormOf(s), place: '', endTime: '08:00' }).errors).toEqual({
      time: 'endBeforeStart',
      place: 'placeOrLink',
    });
  });
});
