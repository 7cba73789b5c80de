import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { invalidateAfterAdminChange } from './invalidate';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/**
 * Cancels a session with the trainer's reason: it stays, shown as cancelled with the reason, and
 * everyone booked gets the reason by mail and a calendar cancellation.
 */
export function useCancelSession() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ sessionId, reason }: { sessionId: string; reason: string }) =>
      dataOrThrow(
        await client.POST('/api/live-sessions/{id}/cancel', { params: { path: { id: sessionId } }, body: { reason } }),
      ),
    onSuccess: () => invalidateAfterAdminChange(queryClient, queryKeys.liveSessions()),
  });
}
