import type { MailKind } from '../entities';

/**
 * When a municipality's people are reminded. Today these are the defaults for every
 * municipality (see README "Decisions"); the shape is what a per-municipality setting would
 * store once there is a settings page.
 */
export interface ReminderSettings {
  /** A reminder this many days before the due date (0: none). */
  leadDays: number;
  /** While overdue, a reminder every this many days after the due date. */
  overdueEveryDays: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { leadDays: 7, overdueEveryDays: 7 };

export interface Occasion {
  kind: Extract<MailKind, 'reminder-before' | 'reminder-due' | 'reminder-overdue'>;
  /**
   * Unique per person and module: it names the due date, so a new due date (a renewal, a redo)
   * is reminded of afresh, and for overdue reminders which week it is.
   */
  key: string;
  /** Days from today to the due date; negative when overdue. */
  daysLeft: number;
}

/**
 * The reminder, if any, that is due today for a requirement due on `due` (both Stockholm dates).
 * A missed day catches up: the "before" reminder goes out on any day of its window, and an
 * overdue one on any day of its week, but each only once (the key).
 */
export function occasionOn(today: string, due: string, settings: ReminderSettings): Occasion | null {
  const daysLeft = daysBetween(today, due);
  if (daysLeft > 0) {
    return daysLeft <= settings.leadDays ? { kind: 'reminder-before', key: `before:${due}`, daysLeft } : null;
  }
  if (daysLeft === 0) return { kind: 'reminder-due', key: `due:${due}`, daysLeft };
  const period = Math.floor(-daysLeft / settings.overdueEveryDays);
  return period >= 1 ? { kind: 'reminder-overdue', key: `overdue:${due}:${period}`, daysLeft } : null;
}

/** The Monday of the week `day` falls in: the HR digest's occasion. */
export function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
