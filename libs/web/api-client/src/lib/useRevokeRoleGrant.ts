import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrNull } from './problem-error';
import { invalidateAfterAdminChange } from './invalidate';
import { queryKeys } from './query-keys';

/** Revokes a role granted in Lärnav; roles from the IdP follow the IdP. */
export function useRevokeRoleGrant() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (grantId: string) => {
      dataOrNull(
        await client.DELETE('/api/admin/role-grants/{id}', {
          params: { path: { id: grantId } },
        }),
      );
    },
    onSuccess: () => invalidateAfterAdminChange(queryClient, queryKeys.roleGrants()),
  });
}
