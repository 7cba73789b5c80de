import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** The municipality this address belongs to. */
export function useTenant() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.tenant(),
    queryFn: async ({ signal }) => dataOrThrow(await client.GET('/api/tenant', { signal })),
    // A host serves one municipality for the whole visit.
    staleTime: Infinity,
  });
}
