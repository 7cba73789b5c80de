import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Applies a dry run as a job; the import is then polled until it is applied (useHrImport). */
export function useApplyHrImport() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      dataOrThrow(await client.POST('/api/hr-imports/{id}/apply', { params: { path: { id } } })),
    onSuccess: (detail) => {
      queryClient.setQueryData(queryKeys.hrImport(detail.id), detail);
      // Only the list: the import itself was just answered, and is polled while it runs.
      return queryClient.invalidateQueries({ queryKey: queryKeys.hrImports(), exact: true });
    },
  });
}
