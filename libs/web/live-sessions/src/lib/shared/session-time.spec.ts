import { formatSessionTimes, shiftLocalTime } from './session-time';

describe('session times', () => {
  it('writes a session on one day with its hours, in Swedish and English', () => {
    expect(formatSessionTimes('2031-03-11T09:00', '2031-03-11T12:00', 'sv')).toBe('tis 11 mars 2031, 09:00–12:00');
    expect(formatSessionTimes('2031-03-11T09:00', '2031-03-11T12:00', 'en')).toMatch(
      /^Tue,? 11 Mar 2031, 09:00–12:00$/,
    );
  });

  it('writes both days of a session that runs over several', () => {
    expect(formatSessionTimes('2031-03-11T09:00', '2031-03-12T16:00', 'sv')).toBe(
      'tis 11 mars 2031 09:00 – ons 12 mars 2031 16:00',
    );
  });

  it('moves a wall-clock time by whole days, over month ends', () => {
    expect(shiftLocalTime('2031-03-28T09:00', 7)).toBe('2031-04-04T09:00');
    expect(shiftLocalTime('2031-03-01T09:00', -1)).toBe('2031-02-28T09:00');
  });
});
