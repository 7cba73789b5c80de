import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/**
 * The organisation tree with head counts as it was on `at` (YYYY-MM-DD, Europe/Stockholm);
 * `enabled: false` for a reader who may not read it.
 */
export function useOrgTree(at: string, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.orgTree(at),
    queryFn: async ({ signal }) =>
      dataOrThrow(
        await client.GET('/api/org-units/tree', {
          params: { query: { at } },
          signal,
        }),
      ),
    // Keep the previous date's tree on screen while another date loads, instead of a blank page.
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
