import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** The signed-in manager's team numbers per required module (empty for someone who manages no one). */
export function useMyTeam(asOf: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.myTeam(asOf),
    queryFn: async ({ signal }) =>
      dataOrThrow(await client.GET('/api/my-team', { params: { query: { asOf } }, signal })),
  });
}
