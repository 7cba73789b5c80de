import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { CreateClaimMappingInput } from './api-types';
import { dataOrThrow } from './problem-error';
import { invalidateAfterAdminChange } from './invalidate';
import { queryKeys } from './query-keys';

export function useCreateClaimMapping() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateClaimMappingInput) =>
      dataOrThrow(await client.POST('/api/admin/claim-mappings', { body: input })),
    onSuccess: () => invalidateAfterAdminChange(queryClient, queryKeys.claimMappings()),
  });
}
