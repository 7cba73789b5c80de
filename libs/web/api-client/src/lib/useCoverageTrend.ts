import { skipToken, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Month-end coverage of a unit's subtree for the last `months` months; idle until a unit is chosen. */
export function useCoverageTrend(orgUnitId: string | null, moduleId: string | null, months = 24) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.coverageTrend(orgUnitId ?? 'none', moduleId, months),
    queryFn:
      orgUnitId === null
        ? skipToken
        : async ({ signal }) =>
            dataOrThrow(
              await client.GET('/api/reporting/trend', {
                params: { query: { orgUnitId, moduleId: moduleId ?? undefined, months } },
                signal,
              }),
            ),
  });
}
