import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Books a place on a session, or joins its waitlist when it is full. */
export function useBookSession() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ sessionId }: { sessionId: string }) =>
      dataOrThrow(await client.POST('/api/live-bookings', { body: { sessionId } })),
    // Free places and waitlist positions changed for everything the learner sees of sessions.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.liveBookings() }),
  });
}
