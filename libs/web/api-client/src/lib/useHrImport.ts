import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** How often the page asks while the apply job runs: the progress bar moves about once a second. */
const POLL_MS = 1000;

/** One import with its dry-run summary; polled while it is being applied. */
export function useHrImport(id: string | null) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.hrImport(id ?? ''),
    enabled: id !== null,
    queryFn: async ({ signal }) =>
      dataOrThrow(await client.GET('/api/hr-imports/{id}', { params: { path: { id: id ?? '' } }, signal })),
    refetchInterval: (query) =>
      query.state.data && ['queued', 'applying'].includes(query.state.data.status) ? POLL_MS : false,
  });
  // The list of imports shows each one's status: a change seen here (applied, stale) shows there too.
  const status = query.data?.status;
  useEffect(() => {
    if (status) void queryClient.invalidateQueries({ queryKey: queryKeys.hrImports(), exact: true });
  }, [status, queryClient]);
  return query;
}
