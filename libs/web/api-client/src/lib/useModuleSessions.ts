import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** A module's live sessions, upcoming and past, cancelled ones too, soonest first. Needs live-sessions:manage. */
export function useModuleSessions(moduleId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.moduleSessions(moduleId),
    queryFn: async ({ signal }) =>
      dataOrThrow(await client.GET('/api/live-sessions', { params: { query: { moduleId } }, signal })).sessions,
  });
}
