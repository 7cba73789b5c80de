import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { HrImportMapping } from './api-types';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** New column choices and a new dry run with them (also how a stale dry run is made again). */
export function useRemapHrImport() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, mapping }: { id: string; mapping: HrImportMapping }) =>
      dataOrThrow(await client.PUT('/api/hr-imports/{id}/mapping', { params: { path: { id } }, body: { mapping } })),
    onSuccess: (detail) => {
      queryClient.setQueryData(queryKeys.hrImport(detail.id), detail);
      // Only the list: the import itself was just answered, and is polled while it runs.
      return queryClient.invalidateQueries({ queryKey: queryKeys.hrImports(), exact: true });
    },
  });
}
