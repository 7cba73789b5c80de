import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { MoveSessionInput } from './api-types';
import { invalidateAfterAdminChange } from './invalidate';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Moves a session or gives it more places; everyone booked gets an updated invitation. */
export function useMoveSession() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ sessionId, changes }: { sessionId: string; changes: MoveSessionInput }) =>
      dataOrThrow(
        await client.PATCH('/api/live-sessions/{id}', { params: { path: { id: sessionId } }, body: changes }),
      ),
    onSuccess: () => invalidateAfterAdminChange(queryClient, queryKeys.liveSessions()),
  });
}
