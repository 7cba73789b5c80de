import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_MUNICIPALITIES } from './demo-municipalities';
import { planTurnover, TurnoverPlan } from './turnover';

const planOf = (slug: string): TurnoverPlan => {
  const municipality = DEMO_MUNICIPALITIES.find((m) => m.slug === slug);
  if (!municipality) throw new Error(slug);
  return municipality.plan;
};

describe('planTurnover', () => {
  const stenungsund = planOf('stenungsund');
  const timeline = planTurnover(stenungsund);

  it('plans the same history every time', () => {
    expect(planTurnover(stenungsund)).toEqual(timeline);
  });

  it('gives everyone a unique address in the municipality pattern', () => {
    const emails = timeline.people.map((p) => p.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z]+(-[a-z]+)?\.[a-z]+(-[a-z]+)?\d*@stenungsund\.se$/);
  });

  it('hires the well-known demo people under their published addresses', () => {
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      const people = planTurnover(planOf(account.tenantSlug)).people;
      expect(people).toContainEqual({ name: account.name, email: account.email });
    }
  });

  it('has about 300 people, exactly one rehire and a few part-timers', () => {
    expect(timeline.people.length).toBeGreaterThan(280);
    expect(timeline.people.length).toBeLessThan(330);
    expect(timeline.events.filter((e) => e.kind === 'rehire')).toHaveLength(1);
    expect(timeline.events.filter((e) => e.kind === 'second-post')).toHaveLength(stenungsund.partTimers);
    for (const kind of ['transfer', 'leave'] as const) {
      expect(timeline.events.filter((e) => e.kind === kind).length).toBeGreaterThan(10);
    }
  });

  it('keeps events in date order, each person hired first and changed at most once a month', () => {
    const dates = timeline.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    const hired = new Set<number>();
    const changedInMonth = new Set<string>();
    for (const event of timeline.events) {
      if (event.kind === 'hire') {
        expect(hired.has(event.person)).toBe(false);
        hired.add(event.person);
      } else {
        expect(hired.has(event.person)).toBe(true);
      }
      if (event.date < stenungsund.from) continue;
      const key = `${event.person}@${event.date.slice(0, 7)}`;
      expect(changedInMonth.has(key)).toBe(false);
      changedInMonth.add(key);
    }
    expect(dates[dates.length - 1] <= stenungsund.to).toBe(true);
  });

  it('plans a second municipality of a few dozen people', () => {
    const tjorn = planTurnover(planOf('tjorn'));
    expect(tjorn.people.length).toBeGreaterThan(24);
    expect(tjorn.people.length).toBeLessThan(80);
    expect(tjorn.people.every((p) => p.email.endsWith('@tjorn.se'))).toBe(true);
  });
});
