import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Copies another municipality's shared module into this one, as a new module with a draft. */
export function useCopySharedModule() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (moduleId: string) =>
      dataOrThrow(await client.POST('/api/catalog/modules/{id}/copy', { params: { path: { id: moduleId } } })),
    onSuccess: (copy) => {
      queryClient.setQueryData(queryKeys.catalogModule(copy.id), copy);
      return queryClient.invalidateQueries({ queryKey: queryKeys.catalogModules() });
    },
  });
}
