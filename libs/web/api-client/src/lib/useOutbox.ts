import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { OutboxMail, OutboxMailDetail } from './api-types';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** The outbox newest first, a page at a time, as the audit log pages. */
export function useOutbox(pageSize = 50) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: queryKeys.outbox(pageSize),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<OutboxMail[]> =>
      dataOrThrow(
        await client.GET('/api/outbox', {
          params: { query: { limit: pageSize, ...(pageParam ? { before: pageParam } : {}) } },
          signal,
        }),
      ),
    getNextPageParam: (lastPage) => (lastPage.length < pageSize ? undefined : lastPage.at(-1)?.createdAt),
  });
}

/** One mail with its bodies; only fetched while `id` is set. */
export function useOutboxMail(id: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.outboxMail(id ?? ''),
    enabled: id !== null,
    queryFn: async ({ signal }): Promise<OutboxMailDetail> =>
      dataOrThrow(await client.GET('/api/outbox/{id}', { params: { path: { id: id ?? '' } }, signal })),
  });
}
