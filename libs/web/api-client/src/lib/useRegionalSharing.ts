import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/**
 * Whether this municipality shares its coverage with the region; while the first numbers are
 * being worked out (shared, not yet computed) it asks again every few seconds.
 */
export function useRegionalSharing() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.regionalSharing(),
    queryFn: async ({ signal }) => dataOrThrow(await client.GET('/api/regional/sharing', { signal })),
    refetchInterval: (query) => (query.state.data?.shares && !query.state.data.computedAt ? 3000 : false),
  });
}
