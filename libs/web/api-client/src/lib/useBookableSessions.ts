import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Upcoming sessions of a module that I may book, with free places and my own booking on each. */
export function useBookableSessions(moduleId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.bookableSessions(moduleId),
    queryFn: async ({ signal }) =>
      dataOrThrow(await client.GET('/api/live-bookings/sessions', { params: { query: { moduleId } }, signal }))
        .sessions,
  });
}
