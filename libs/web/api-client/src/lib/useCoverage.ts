import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

export interface CoverageFilter {
  /** The unit reported on with its subtree; null: every subtree the asker answers for. */
  orgUnitId: string | null;
  /** One module; null: every module a rule requires. */
  moduleId: string | null;
  asOf: string;
}

/** Coverage per unit of the tree as of a day, for HR's own subtrees. Needs reporting:read. */
export function useCoverage({ orgUnitId, moduleId, asOf }: CoverageFilter) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.coverage(orgUnitId, moduleId, asOf),
    queryFn: async ({ signal }) =>
      dataOrThrow(
        await client.GET('/api/reporting/coverage', {
          params: { query: { orgUnitId: orgUnitId ?? undefined, moduleId: moduleId ?? undefined, asOf } },
          signal,
        }),
      ),
  });
}
