import { skipToken, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { CoverageStatus } from './api-types';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';
import type { CoverageFilter } from './useCoverage';

export interface CoveragePeopleFilter extends CoverageFilter {
  /** Only people with this standing; null: all. */
  status: CoverageStatus | null;
  limit: number;
  offset: number;
}

/** The people behind a unit's numbers (one row per person and module); idle until a unit is chosen. */
export function useCoveragePeople({ orgUnitId, moduleId, asOf, status, limit, offset }: CoveragePeopleFilter) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.coveragePeople(orgUnitId ?? 'none', moduleId, asOf, status, limit, offset),
    queryFn:
      orgUnitId === null
        ? skipToken
        : async ({ signal }) =>
            dataOrThrow(
              await client.GET('/api/reporting/coverage/people', {
                params: {
                  query: {
                    orgUnitId,
                    moduleId: moduleId ?? undefined,
                    asOf,
                    status: status ?? undefined,
                    limit,
                    offset,
                  },
                },
                signal,
              }),
            ),
  });
}
