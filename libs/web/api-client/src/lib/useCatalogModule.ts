import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** A module with its versions, newest first (the draft, if any, at the top). */
export function useCatalogModule(moduleId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.catalogModule(moduleId),
    queryFn: async ({ signal }) =>
      dataOrThrow(await client.GET('/api/catalog/modules/{id}', { params: { path: { id: moduleId } }, signal })),
  });
}
