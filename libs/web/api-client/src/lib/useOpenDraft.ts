import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** "Redigera": the module's draft, or a new one made from the published version. */
export function useOpenDraft(moduleId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      dataOrThrow(await client.POST('/api/catalog/modules/{id}/draft', { params: { path: { id: moduleId } } })),
    onSuccess: (draft) => {
      queryClient.setQueryData(queryKeys.moduleVersion(moduleId, draft.id), draft);
      return queryClient.invalidateQueries({ queryKey: queryKeys.catalogModules() });
    },
  });
}
