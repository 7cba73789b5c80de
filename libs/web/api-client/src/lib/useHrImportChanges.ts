import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { HrImportChangeKind } from './api-types';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** A page of a dry run's changes, of one kind or all, from `offset` on. */
export function useHrImportChanges(id: string, kind: HrImportChangeKind | null, offset: number, limit = 100) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.hrImportChanges(id, kind, offset, limit),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      dataOrThrow(
        await client.GET('/api/hr-imports/{id}/changes', {
          params: { path: { id }, query: { limit, offset, ...(kind ? { kind } : {}) } },
          signal,
        }),
      ),
  });
}
