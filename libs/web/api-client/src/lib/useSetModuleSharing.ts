import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { ModuleSharing } from './api-types';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Shares a module with the region's other municipalities, or keeps it to this one. */
export function useSetModuleSharing(moduleId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (sharing: ModuleSharing) =>
      dataOrThrow(
        await client.PUT('/api/catalog/modules/{id}/sharing', {
          params: { path: { id: moduleId } },
          body: { sharing },
        }),
      ),
    onSuccess: (module) => {
      queryClient.setQueryData(queryKeys.catalogModule(moduleId), module);
      return queryClient.invalidateQueries({ queryKey: queryKeys.catalogModules() });
    },
  });
}
