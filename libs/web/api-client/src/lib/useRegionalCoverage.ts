import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** The region's comparison: each sharing municipality's coverage of the shared modules, no group under 5. */
export function useRegionalCoverage() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.regionalCoverage(),
    queryFn: async ({ signal }) => dataOrThrow(await client.GET('/api/regional/coverage', { signal })),
  });
}
