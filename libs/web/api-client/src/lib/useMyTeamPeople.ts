import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { CoverageStatus } from './api-types';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

export interface MyTeamPeopleFilter {
  moduleId: string | null;
  status: CoverageStatus | null;
  limit: number;
  offset: number;
}

/** Each person in my team and where they stand with each required module, today. */
export function useMyTeamPeople({ moduleId, status, limit, offset }: MyTeamPeopleFilter) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.myTeamPeople(moduleId, status, limit, offset),
    queryFn: async ({ signal }) =>
      dataOrThrow(
        await client.GET('/api/my-team/people', {
          params: { query: { moduleId: moduleId ?? undefined, status: status ?? undefined, limit, offset } },
          signal,
        }),
      ),
  });
}
