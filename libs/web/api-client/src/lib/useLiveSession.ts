import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** One session with its attendance list: booked first, then the waitlist in order. Needs live-sessions:manage. */
export function useLiveSession(sessionId: string, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.liveSession(sessionId),
    queryFn: async ({ signal }) =>
      dataOrThrow(await client.GET('/api/live-sessions/{id}', { params: { path: { id: sessionId } }, signal })),
    enabled: options.enabled ?? true,
  });
}
