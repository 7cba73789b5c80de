import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Modules the region's other municipalities share: to read and copy, never to edit. */
export function useSharedModules() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.sharedModules(),
    queryFn: async ({ signal }) => dataOrThrow(await client.GET('/api/catalog/shared-modules', { signal })).modules,
  });
}
