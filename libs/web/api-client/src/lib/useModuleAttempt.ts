import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/**
 * The learner's attempt of a module: started now, or the one they left. Starting is
 * "start or continue" on the server, so asking again (another tab, a reload) is safe.
 */
export function useModuleAttempt(moduleId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.moduleAttempt(moduleId),
    queryFn: async ({ signal }) =>
      dataOrThrow(
        await client.POST('/api/learning/modules/{moduleId}/attempts', { params: { path: { moduleId } }, signal }),
      ),
    // The server's state is the truth; a second device's progress shows when the learner comes back.
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}
