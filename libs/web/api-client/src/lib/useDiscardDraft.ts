import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrNull } from './problem-error';
import { queryKeys } from './query-keys';

/** Throws the draft away; the published version stays as it is. */
export function useDiscardDraft(moduleId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      dataOrNull(await client.DELETE('/api/catalog/modules/{id}/draft', { params: { path: { id: moduleId } } }));
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.catalogModule(moduleId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.catalogModules() }),
      ]).then(() => undefined),
  });
}
