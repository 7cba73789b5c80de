import { sessionMail, sessionTimes } from './invitation-texts';

const INPUT = {
  name: 'Anna Andersson',
  module: 'Näringslivsperspektiv',
  start: new Date('2027-07-01T07:00:00Z'),
  end: new Date('2027-07-01T10:00:00Z'),
  place: 'Sessionssalen',
  onlineLink: 'https://teams.example/meet',
  link: 'https://stenungsund.test/my-training/m1',
};

describe('session mail texts', () => {
  it('shows Swedish local times, with both dates for a session over several days', () => {
    expect(sessionTimes(INPUT.start, INPUT.end)).toBe('2027-07-01 09:00–12:00');
    expect(sessionTimes(new Date('2027-01-14T08:00:00Z'), new Date('2027-01-15T15:00:00Z'))).toBe(
      '2027-01-14 09:00 – 2027-01-15 16:00',
    );
  });

  it('writes each notice in the person’s language, text and HTML alike, escaping the HTML', () => {
    const sv = sessionMail('moved', INPUT, 'sv');
    expect(sv.subject).toBe('Ändrad tid eller plats: Näringslivsperspektiv');
    expect(sv.text).toContain('Ny tid: 2027-07-01 09:00–12:00.');
    expect(sv.text).toContain('Plats: Sessionssalen, https://teams.example/meet');
    const en = sessionMail('waitlisted', { ...INPUT, module: 'A <b> & c', waitlistPosition: 3 }, 'en');
    expect(en.text).toContain('You are number 3 on the waitlist');
    expect(en.html).toContain('A &#60;b&#62; &#38; c');
    expect(en.html).not.toContain('<b>');
  });
});
