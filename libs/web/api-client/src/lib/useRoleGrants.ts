import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Every role held in the municipality: from the IdP at sign-in, or granted in Lärnav. */
export function useRoleGrants() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.roleGrants(),
    queryFn: async ({ signal }) => dataOrThrow(await client.GET('/api/admin/role-grants', { signal })),
  });
}
