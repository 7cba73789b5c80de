import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { CreateTokenInput } from './api-types';
import { dataOrThrow } from './problem-error';
import { invalidateAfterAdminChange } from './invalidate';
import { queryKeys } from './query-keys';

/**
 * Creates a token. The answer carries its value, the only time anyone sees it: it is never put
 * in the query cache, and the caller should `reset()` the mutation once it has been shown.
 */
export function useCreateIntegrationToken() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateTokenInput) => dataOrThrow(await client.POST('/api/admin/tokens', { body: input })),
    // Keep the mutation (and with it the value) out of the cache as soon as nobody observes it.
    gcTime: 0,
    onSuccess: () => invalidateAfterAdminChange(queryClient, queryKeys.tokens()),
  });
}
