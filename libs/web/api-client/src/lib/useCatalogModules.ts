import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** This municipality's modules, most recently changed first. Needs catalog:author. */
export function useCatalogModules() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.catalogModules(),
    queryFn: async ({ signal }) => dataOrThrow(await client.GET('/api/catalog/modules', { signal })).modules,
  });
}
