import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { invalidateAfterAdminChange } from './invalidate';
import { dataOrThrow } from './problem-error';

/** Names a unit's chef (or removes them with null); the unit's page is read again. */
export function useSetUnitManager() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ orgUnitId, personId }: { orgUnitId: string; personId: string | null }) =>
      dataOrThrow(
        await client.PUT('/api/org-units/{id}/manager', { params: { path: { id: orgUnitId } }, body: { personId } }),
      ),
    onSuccess: () => invalidateAfterAdminChange(queryClient, ['org-units']),
  });
}
