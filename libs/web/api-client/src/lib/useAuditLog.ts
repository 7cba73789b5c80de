import { useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { AuditEvent } from './api-types';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/**
 * The audit log newest first, a page at a time: each older page starts before the oldest event
 * shown. A page shorter than `pageSize` is the last.
 */
export function useAuditLog(pageSize = 50) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: queryKeys.auditLog(pageSize),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<AuditEvent[]> =>
      dataOrThrow(
        await client.GET('/api/audit', {
          params: {
            query: {
              limit: pageSize,
              ...(pageParam ? { before: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (lastPage) => (lastPage.length < pageSize ? undefined : lastPage.at(-1)?.occurredAt),
  });
}
