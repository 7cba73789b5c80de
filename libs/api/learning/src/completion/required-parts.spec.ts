import { DonePart, judgeParts } from './required-parts';

const day = (d: number) => new Date(Date.UTC(2027, 2, d, 12));
const eLearning = (d: number, score: number | null = 80): DonePart => ({
  part: 'e-learning',
  doneAt: day(d),
  sessionStartsAt: null,
  score,
});
const session = (d: number): DonePart => ({
  part: 'live-session',
  doneAt: day(d),
  sessionStartsAt: new Date(day(d).getTime() - 3 * 3_600_000),
  score: null,
});

describe('judgeParts, the one decision on a version’s parts', () => {
  it('either: the first part done completes, as before blended modules', () => {
    const rule = { completionRequirement: 'either', partOrder: 'any' } as const;
    expect(judgeParts(rule, [])).toMatchObject({ complete: false, remaining: ['e-learning', 'live-session'] });
    expect(judgeParts(rule, [session(5), eLearning(7)])).toMatchObject({
      complete: true,
      completedAt: day(5),
      method: 'live-session',
      score: null,
    });
    expect(judgeParts(rule, [eLearning(3, 90)])).toMatchObject({ method: 'e-learning', score: 90 });
  });

  it('one part: only that part completes', () => {
    const eOnly = { completionRequirement: 'e-learning', partOrder: 'any' } as const;
    expect(judgeParts(eOnly, [session(2)])).toMatchObject({ complete: false, remaining: ['e-learning'] });
    const sOnly = { completionRequirement: 'live-session', partOrder: 'any' } as const;
    expect(judgeParts(sOnly, [eLearning(2)])).toMatchObject({ complete: false, remaining: ['live-session'] });
    expect(judgeParts(sOnly, [session(4)])).toMatchObject({ complete: true, method: 'live-session', score: null });
  });

  it('both, any order: complete at the later part, with the e-learning score', () => {
    const rule = { completionRequirement: 'both', partOrder: 'any' } as const;
    expect(judgeParts(rule, [session(2)])).toMatchObject({ complete: false, remaining: ['e-learning'] });
    expect(judgeParts(rule, [session(2), eLearning(6, 75)])).toMatchObject({
      complete: true,
      completedAt: day(6),
      method: 'blended',
      score: 75,
      sessionOutOfOrder: false,
    });
  });

  it('both, e-learning first: a session that started before the e-learning was done does not count', () => {
    const rule = { completionRequirement: 'both', partOrder: 'e-learning-first' } as const;
    expect(judgeParts(rule, [session(2)])).toMatchObject({ complete: false, sessionOutOfOrder: true });
    expect(judgeParts(rule, [session(2), eLearning(3)])).toMatchObject({
      complete: false,
      sessionOutOfOrder: true,
      sessionDoneAt: null,
      remaining: ['live-session'],
    });
    expect(judgeParts(rule, [session(2), eLearning(3), session(9)])).toMatchObject({
      complete: true,
      completedAt: day(9),
      sessionDoneAt: day(9),
    });
  });
});
