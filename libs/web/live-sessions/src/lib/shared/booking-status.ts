import type { BadgeProps } from '@fluentui/react-components';

/**
 * The statuses this build knows how to name. The API may add more (manager approval brings
 * `pending-approval`), so a page takes any string and falls back to showing it as it came.
 */
export const KNOWN_STATUSES = [
  'booked',
  'waitlisted',
  'pending-approval',
  'cancelled',
  'attended',
  'partly-attended',
  'no-show',
] as const;

export type KnownStatus = (typeof KNOWN_STATUSES)[number];

export function isKnownStatus(status: string): status is KnownStatus {
  return (KNOWN_STATUSES as readonly string[]).includes(status);
}

export const STATUS_COLOR: Record<KnownStatus, BadgeProps['color']> = {
  booked: 'success',
  waitlisted: 'warning',
  'pending-approval': 'informative',
  cancelled: 'subtle',
  attended: 'success',
  'partly-attended': 'warning',
  'no-show': 'danger',
};

/** Statuses that hold a place on the session: the attendance list is theirs. */
export function holdsPlace(status: string): boolean {
  return ['booked', 'attended', 'partly-attended', 'no-show'].includes(status);
}
