import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** One version's whole content. A draft's changes with every save: the editor keeps its own copy. */
export function useModuleVersion(moduleId: string, versionId: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.moduleVersion(moduleId, versionId ?? ''),
    queryFn: async ({ signal }) =>
      dataOrThrow(
        await client.GET('/api/catalog/modules/{id}/versions/{versionId}', {
          params: { path: { id: moduleId, versionId: versionId ?? '' } },
          signal,
        }),
      ),
    enabled: versionId !== undefined,
    // The editor must not be handed a refetched copy in the middle of someone's typing.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
