/**
 * The months of the coverage facts: which month checkpoint a day's counts start from, and which
 * months are kept rolled up (pure functions of dates, YYYY-MM-DD, as CoverageFacts and the
 * engine read them).
 */

/** The months checkpoints are kept for (first days of months, inclusive). */
export interface FactHorizon {
  firstMonth: string;
  lastMonth: string;
  /** The day coverage_rollup held when the read began (prepare read it with the months). */
  rollupDay?: string | null;
  /** The first month coverage_checkpoint_rollup held when the read began; null when none is kept. */
  checkpointRollupFrom?: string | null;
}

/** The months coverage_checkpoint_rollup holds (first days of months, inclusive). */
export interface RolledMonths {
  firstMonth: string;
  lastMonth: string;
}

/**
 * How far back the month checkpoints are kept rolled up, from the month they are made in: the
 * trend's 24 months and a past day three years back (issue 10's targets) read rolled months; an
 * older day sums the checkpoints as before. Every kept month (up to ten years) would more than
 * double the rows and the time to make them again after a unit moves, for reads no target asks.
 */
const ROLLED_MONTHS_BACK = 36;

/**
 * The checkpoint month a day's counts start from: its own month's first day, the last kept
 * month for a day beyond the kept months, none (deltas from the start) before them. A month's
 * last day is the next month's checkpoint itself (every delta before it), with no deltas to
 * add: the trend asks for month ends only, so each of its points is a checkpoint read.
 */
export function checkpointMonth(day: string, horizon: FactHorizon): string | null {
  const next = nextMonthIfLastDay(day);
  if (next && next >= horizon.firstMonth && next <= horizon.lastMonth) return next;
  if (day < horizon.firstMonth) return null;
  const month = `${day.slice(0, 7)}-01`;
  return month > horizon.lastMonth ? horizon.lastMonth : month;
}

/** The first month kept rolled up when they are made on `today`: ROLLED_MONTHS_BACK, within the kept months. */
export function rolledFirstMonth(today: string, horizon: FactHorizon): string {
  const month = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  month.setUTCMonth(month.getUTCMonth() - ROLLED_MONTHS_BACK);
  const back = month.toISOString().slice(0, 10);
  return back > horizon.firstMonth ? back : horizon.firstMonth;
}

/** The months the state says coverage_checkpoint_rollup holds; null when none are kept. */
export function rolledMonthsOf(state: FactHorizon): RolledMonths | null {
  return state.checkpointRollupFrom ? { firstMonth: state.checkpointRollupFrom, lastMonth: state.lastMonth } : null;
}

/**
 * The rolled checkpoint month a day's tree starts from (FACT_TREE_ROLLED, ROLLUP_BUILD_ROLLED),
 * given its checkpoint month; null when the rolled checkpoints do not hold it.
 */
export function rolledStartMonth(day: string, month: string | null, rolled: RolledMonths | null): string | null {
  return month !== null && rolled !== null && isRolled(month, rolled) ? nearestRolledMonth(day, month, rolled) : null;
}

/**
 * The rolled checkpoint a day's tree starts from (FACT_TREE_ROLLED, ROLLUP_BUILD_ROLLED): its
 * month's (checkpointMonth), or the next month's when that is rolled up too and nearer, so that no
 * read rolls up more than about half a month of deltas (a late day's read took 360 ms at 100,000
 * people from its month's first day, 85 ms a week in).
 */
export function nearestRolledMonth(day: string, month: string, rolled: RolledMonths): string {
  const next = nextMonthOf(day);
  if (month > day || next > rolled.lastMonth) return month;
  const after = daysBetween(day, next) - 1;
  const upTo = daysBetween(month, day) + 1;
  return after < upTo ? next : month;
}

/** The first day of the month after `day`'s. */
function nextMonthOf(day: string): string {
  const date = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether a checkpoint month (checkpointMonth's answer) is read from the rolled checkpoints. */
export function isRolled(month: string | null, rolled: RolledMonths | null): boolean {
  return month !== null && rolled !== null && month >= rolled.firstMonth && month <= rolled.lastMonth;
}

/** The first day of the next month when `day` (YYYY-MM-DD) is the last of its month, else null. */
function nextMonthIfLastDay(day: string): string | null {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.getUTCDate() === 1 ? date.toISOString().slice(0, 10) : null;
}
