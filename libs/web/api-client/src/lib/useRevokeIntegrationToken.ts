import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrNull } from './problem-error';
import { invalidateAfterAdminChange } from './invalidate';
import { queryKeys } from './query-keys';

export function useRevokeIntegrationToken() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (tokenId: string) => {
      dataOrNull(
        await client.DELETE('/api/admin/tokens/{id}', {
          params: { path: { id: tokenId } },
        }),
      );
    },
    onSuccess: () => invalidateAfterAdminChange(queryClient, queryKeys.tokens()),
  });
}
