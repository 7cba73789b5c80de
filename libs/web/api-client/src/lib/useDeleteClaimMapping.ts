import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrNull } from './problem-error';
import { invalidateAfterAdminChange } from './invalidate';
import { queryKeys } from './query-keys';

export function useDeleteClaimMapping() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (mappingId: string) => {
      dataOrNull(
        await client.DELETE('/api/admin/claim-mappings/{id}', {
          params: { path: { id: mappingId } },
        }),
      );
    },
    onSuccess: () => invalidateAfterAdminChange(queryClient, queryKeys.claimMappings()),
  });
}
