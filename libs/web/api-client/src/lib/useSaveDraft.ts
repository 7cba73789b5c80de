import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { SaveDraftInput } from './api-types';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/**
 * Saves the whole draft. The answer's `revision` is the one the next save must name; a 409
 * `draft_changed_elsewhere` means another trainer saved in between.
 */
export function useSaveDraft(moduleId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SaveDraftInput) =>
      dataOrThrow(
        await client.PUT('/api/catalog/modules/{id}/draft', { params: { path: { id: moduleId } }, body: input }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.moduleVersion(moduleId, saved.id), saved);
      // Lists show the last change; nobody needs them refetched on every keystroke's save.
      return queryClient.invalidateQueries({ queryKey: queryKeys.catalogModules(), refetchType: 'none' });
    },
  });
}
