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

  it('tells why a session is cancelled, in plain words, text and HTML alike', () => {
    const reason = 'Utbildaren är sjuk. Vi hör av oss om <nytt> datum.';
    const sv = sessionMail('session-cancelled', { ...INPUT, cancellationReason: reason }, 'sv');
    expect(sv.subject).toBe('Inställt: Näringslivsperspektiv 2027-07-01 09:00–12:00');
    expect(sv.text).toContain('Utbildningspasset ”Näringslivsperspektiv” 2027-07-01 09:00–12:00 är inställt.');
    expect(sv.text).toContain(`Anledning: ${reason}`);
    expect(sv.text).toContain('Du kan boka ett annat tillfälle.');
    expect(sv.html).toContain('<p>Anledning: Utbildaren är sjuk. Vi hör av oss om &#60;nytt&#62; datum.</p>');
    const en = sessionMail('session-cancelled', { ...INPUT, cancellationReason: 'The trainer is ill.' }, 'en');
    expect(en.subject).toBe('Called off: Näringslivsperspektiv 2027-07-01 09:00–12:00');
    expect(en.text).toContain('Reason: The trainer is ill.');
    expect(en.html).toContain('<p>Reason: The trainer is ill.</p>');
  });

  it('writes no reason line when there is none, and none in other notices', () => {
    expect(sessionMail('session-cancelled', INPUT, 'sv').text).not.toContain('Anledning');
    const booked = sessionMail('booked', { ...INPUT, cancellationReason: 'Sjuk' }, 'sv');
    expect(booked.text).not.toContain('Anledning');
  });
});
