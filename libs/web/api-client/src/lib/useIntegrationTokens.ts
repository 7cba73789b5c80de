import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Integration tokens, newest first; never their secret values. Needs tokens:manage. */
export function useIntegrationTokens(options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.tokens(),
    queryFn: async ({ signal }) => dataOrThrow(await client.GET('/api/admin/tokens', { signal })),
    enabled: options.enabled ?? true,
  });
}
