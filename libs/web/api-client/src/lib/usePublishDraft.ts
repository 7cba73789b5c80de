import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { PublishInput } from './api-types';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Publishes the draft at the revision the trainer reviewed; the answer is the module's new state. */
export function usePublishDraft(moduleId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: PublishInput) =>
      dataOrThrow(
        await client.POST('/api/catalog/modules/{id}/draft/publish', {
          params: { path: { id: moduleId } },
          body: input,
        }),
      ),
    onSuccess: (module) => {
      queryClient.setQueryData(queryKeys.catalogModule(moduleId), module);
      return queryClient.invalidateQueries({ queryKey: queryKeys.catalogModules() });
    },
  });
}
