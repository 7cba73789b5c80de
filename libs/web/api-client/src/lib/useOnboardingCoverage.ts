import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

export interface OnboardingFilter {
  orgUnitId: string | null;
  moduleId: string | null;
  /** First and last day (inclusive) of the period people started in. */
  from: string;
  to: string;
}

/** Of the people who started in a period, per unit, the share who completed each module in time. */
export function useOnboardingCoverage({ orgUnitId, moduleId, from, to }: OnboardingFilter) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.onboardingCoverage(orgUnitId, moduleId, from, to),
    queryFn: async ({ signal }) =>
      dataOrThrow(
        await client.GET('/api/reporting/onboarding', {
          params: { query: { orgUnitId: orgUnitId ?? undefined, moduleId: moduleId ?? undefined, from, to } },
          signal,
        }),
      ),
  });
}
