import type { MyEmployment } from '@larnav/web/api-client';

export type EmploymentStatus = 'current' | 'ended' | 'upcoming';

/** Calendar dates compare as strings (YYYY-MM-DD); an end date is the last day worked. */
export function employmentStatus(
  employment: Pick<MyEmployment, 'startDate' | 'endDate'>,
  today: string,
): EmploymentStatus {
  if (employment.startDate > today) return 'upcoming';
  if (employment.endDate !== null && employment.endDate < today) return 'ended';
  return 'current';
}
