import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** The municipality's HR-system imports, newest first. Needs people:manage. */
export function useHrImports() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.hrImports(),
    queryFn: async ({ signal }) => dataOrThrow(await client.GET('/api/hr-imports', { signal })),
  });
}
