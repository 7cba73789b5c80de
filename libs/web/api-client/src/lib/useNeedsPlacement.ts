import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** People whose department from the identity system matched no unit. Needs people:manage. */
export function useNeedsPlacement() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.needsPlacement(),
    queryFn: async ({ signal }) => dataOrThrow(await client.GET('/api/admin/needs-placement', { signal })),
  });
}
