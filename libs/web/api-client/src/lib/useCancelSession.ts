import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { invalidateAfterAdminChange } from './invalidate';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Cancels a session: it stays, shown as cancelled, and everyone booked gets a calendar cancellation. */
export function useCancelSession() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ sessionId }: { sessionId: string }) =>
      dataOrThrow(await client.POST('/api/live-sessions/{id}/cancel', { params: { path: { id: sessionId } } })),
    onSuccess: () => invalidateAfterAdminChange(queryClient, queryKeys.liveSessions()),
  });
}
