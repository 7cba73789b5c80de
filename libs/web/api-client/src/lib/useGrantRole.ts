import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { GrantRoleInput } from './api-types';
import { dataOrThrow } from './problem-error';
import { invalidateAfterAdminChange } from './invalidate';
import { queryKeys } from './query-keys';

export function useGrantRole() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: GrantRoleInput) =>
      dataOrThrow(await client.POST('/api/admin/role-grants', { body: input })),
    onSuccess: () => invalidateAfterAdminChange(queryClient, queryKeys.roleGrants()),
  });
}
