import { addDays, addMonths, CalendarMonth, daysBetween, monthsBetween, onOrAfterWeekday } from './calendar-days';
import { DemoPeople, DemoPerson } from './demo-people';
import { UnitSpec, unitsOf } from './org-structure';
import { seededRandom, SeededRandom } from './seeded-random';

/** Someone the demo's sign-in accounts and walkthroughs rely on; turnover never touches them. */
export interface WellKnownPerson {
  name: string;
  unitCode: string;
  jobRole: string;
  startDate: string;
}

export interface TurnoverPlan {
  /** Everything random follows from this text: the same seed gives the same municipality. */
  seed: string;
  emailDomain: string;
  org: UnitSpec;
  /** The first day of the history, and the seed's fixed "today" on which it ends. */
  from: string;
  to: string;
  /** Each month's count is drawn evenly from [min, max]. */
  hiresPerMonth: readonly [number, number];
  leaversPerMonth: readonly [number, number];
  transfersPerMonth: readonly [number, number];
  /** People who take a second post in another unit while keeping the first. */
  partTimers: number;
  /** Leavers who come back later (the demo wants exactly one in Stenungsund). */
  rehires: number;
  wellKnown: readonly WellKnownPerson[];
}

/** `person` indexes `Timeline.people`. Dates are first days, except a leave's last day. */
export type TurnoverEvent =
  | { kind: 'hire'; date: string; person: number; unitCode: string; jobRole: string }
  | { kind: 'second-post'; date: string; person: number; unitCode: string; jobRole: string; endDate?: string }
  | { kind: 'transfer'; date: string; person: number; toUnitCode: string }
  | { kind: 'leave'; date: string; person: number }
  | { kind: 'rehire'; date: string; person: number; unitCode: string; jobRole: string };

export interface Timeline {
  people: DemoPerson[];
  /** In date order; applying them in this order satisfies every rule of EmploymentService. */
  events: TurnoverEvent[];
}

interface Post {
  unitCode: string;
  jobRole: string;
  start: string;
}

interface StaffMember {
  person: number;
  /** The posts running now (two for a part-timer); empty after leaving. */
  posts: Post[];
  /** Managers, well-known people, part-timers and the rehired stay put, so the story stays clear. */
  settled: boolean;
  lastDay?: string;
  lastPost?: Post;
}

const MAX_TENURE_DAYS = 25 * 365;
/** A vikariat: the first part-timer's second post ends after half a year. */
const FIXED_TERM_MONTHS = 6;
/** A rehire comes back no sooner than this after leaving. */
const MIN_ABSENCE_DAYS = 180;

/**
 * The three years of personalomsättning, worked out in memory before anything is written:
 * the staff at the start, then month by month hires, transfers between units, leavers, a few
 * second posts and a rehire. Nobody has more than one change in a month, so the events,
 * sorted by date, never contradict each other.
 */
export function planTurnover(plan: TurnoverPlan): Timeline {
  const random = seededRandom(plan.seed);
  const names = new DemoPeople(random, plan.emailDomain);
  const units = unitsOf(plan.org);
  const people: DemoPerson[] = [];
  const staff: StaffMember[] = [];
  const events: TurnoverEvent[] = [];

  const hire = (person: DemoPerson, post: Post, settled: boolean) => {
    const index = people.push(person) - 1;
    staff.push({ person: index, posts: [post], settled });
    events.push({ kind: 'hire', date: post.start, person: index, ...post });
  };
  const startBefore = (day: string) =>
    onOrAfterWeekday(addDays(day, -(14 + Math.floor(MAX_TENURE_DAYS * random.next() ** 2))));

  // Well-known people first, so that their addresses are the plain ones.
  for (const known of plan.wellKnown) {
    const person = names.named(known.name);
    hire(person, { unitCode: known.unitCode, jobRole: known.jobRole, start: known.startDate }, true);
  }
  for (const unit of units) {
    if (unit.manager) {
      hire(names.generated(), { unitCode: unit.code, jobRole: unit.manager, start: startBefore(plan.from) }, true);
    }
    for (let i = 0; i < unit.staff; i++) {
      const jobRole = random.weighted(unit.roles);
      hire(names.generated(), { unitCode: unit.code, jobRole, start: startBefore(plan.from) }, false);
    }
  }

  const hiringUnits = units.filter((u) => u.roles.length > 0).map((u) => [u, u.staff + 1] as const);
  const unitsWithRole = (jobRole: string, except: string) =>
    units
      .filter((u) => u.code !== except && u.roles.some(([role]) => role === jobRole))
      .map((u) => [u, u.staff + 1] as const);

  const months = monthsBetween(plan.from, plan.to);
  const partTimeMonths = spread(plan.partTimers, months.length);
  const rehireMonths = spread(plan.rehires, months.length);

  months.forEach((month, m) => {
    const touched = new Set<number>();
    const firstWorkday = onOrAfterWeekday(month.first);
    // Someone in one post that started before this month, whose role another unit also has.
    const movable = () =>
      staff.filter(
        (s) =>
          !s.settled &&
          !touched.has(s.person) &&
          s.posts.length === 1 &&
          s.posts[0].start < month.first &&
          unitsWithRole(s.posts[0].jobRole, s.posts[0].unitCode).length > 0,
      );

    for (let n = random.int(...plan.transfersPerMonth); n > 0; n--) {
      const candidates = movable();
      if (candidates.length === 0) break;
      const member = random.pick(candidates);
      const [post] = member.posts;
      const to = random.weighted(unitsWithRole(post.jobRole, post.unitCode));
      member.posts = [{ unitCode: to.code, jobRole: post.jobRole, start: firstWorkday }];
      touched.add(member.person);
      events.push({ kind: 'transfer', date: firstWorkday, person: member.person, toUnitCode: to.code });
    }

    for (let k = 0; k < count(partTimeMonths, m); k++) {
      const candidates = movable();
      if (candidates.length === 0) break;
      const member = random.pick(candidates);
      const [post] = member.posts;
      const unit = random.weighted(unitsWithRole(post.jobRole, post.unitCode));
      const fixedTerm = events.every((e) => e.kind !== 'second-post');
      const endDate = fixedTerm ? addDays(addMonths(month.first, FIXED_TERM_MONTHS), -1) : undefined;
      if (!fixedTerm) member.posts.push({ unitCode: unit.code, jobRole: post.jobRole, start: firstWorkday });
      member.settled = true;
      touched.add(member.person);
      events.push({
        kind: 'second-post',
        date: firstWorkday,
        person: member.person,
        unitCode: unit.code,
        jobRole: post.jobRole,
        endDate,
      });
    }

    for (let k = 0; k < count(rehireMonths, m); k++) {
      const candidates = staff.filter(
        (s) => s.lastDay && s.lastPost && !s.settled && daysBetween(s.lastDay, firstWorkday) >= MIN_ABSENCE_DAYS,
      );
      if (candidates.length === 0) break;
      const member = random.pick(candidates);
      const post = { ...(member.lastPost as Post), start: firstWorkday };
      member.posts = [post];
      member.settled = true;
      member.lastDay = undefined;
      touched.add(member.person);
      events.push({
        kind: 'rehire',
        date: post.start,
        person: member.person,
        unitCode: post.unitCode,
        jobRole: post.jobRole,
      });
    }

    for (let n = random.int(...plan.hiresPerMonth); n > 0; n--) {
      const unit = random.weighted(hiringUnits);
      const post = { unitCode: unit.code, jobRole: random.weighted(unit.roles), start: weekdayIn(month, random) };
      hire(names.generated(), post, false);
      touched.add(people.length - 1);
    }

    for (let n = random.int(...plan.leaversPerMonth); n > 0; n--) {
      const candidates = staff.filter(
        (s) =>
          !s.settled && !touched.has(s.person) && s.posts.length > 0 && s.posts.every((p) => p.start < month.first),
      );
      if (candidates.length === 0) break;
      const member = random.pick(candidates);
      // Most people leave at a month's end; some on the day their notice runs out.
      const lastDay = random.chance(0.6) ? month.last : weekdayIn(month, random);
      member.lastPost = member.posts[member.posts.length - 1];
      member.posts = [];
      member.lastDay = lastDay;
      touched.add(member.person);
      events.push({ kind: 'leave', date: lastDay, person: member.person });
    }
  });

  // Stable: the initial staff keep their order, and within a month no one has two events.
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { people, events };
}

/** `n` month indexes spread evenly over the months, away from both ends. */
function spread(n: number, months: number): number[] {
  return Array.from({ length: n }, (_, k) => Math.floor(((k + 1) * months) / (n + 1)));
}

function count(months: number[], m: number): number {
  return months.filter((month) => month === m).length;
}

/** A random working day of the month. */
function weekdayIn(month: CalendarMonth, random: SeededRandom): string {
  const day = addDays(month.first, random.int(0, daysBetween(month.first, month.last)));
  const forward = onOrAfterWeekday(day);
  if (forward <= month.last) return forward;
  let back = day;
  while (onOrAfterWeekday(back) !== back) back = addDays(back, -1);
  return back;
}
