import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** How claims from the sign-in service place people in units and give HR scopes. */
export function useClaimMappings() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.claimMappings(),
    queryFn: async ({ signal }) => dataOrThrow(await client.GET('/api/admin/claim-mappings', { signal })),
  });
}
