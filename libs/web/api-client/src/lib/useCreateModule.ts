import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { CreateModuleInput } from './api-types';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** A new module with its first draft. */
export function useCreateModule() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateModuleInput) =>
      dataOrThrow(await client.POST('/api/catalog/modules', { body: input })),
    onSuccess: (module) => {
      queryClient.setQueryData(queryKeys.catalogModule(module.id), module);
      return queryClient.invalidateQueries({ queryKey: queryKeys.catalogModules() });
    },
  });
}
