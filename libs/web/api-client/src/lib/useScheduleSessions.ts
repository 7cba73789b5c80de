import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { ScheduleSessionsInput } from './api-types';
import { invalidateAfterAdminChange } from './invalidate';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Schedules one session, or a series of identical ones, in one go: all of them or none. */
export function useScheduleSessions() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ScheduleSessionsInput) =>
      dataOrThrow(await client.POST('/api/live-sessions', { body: input })).sessions,
    onSuccess: () => invalidateAfterAdminChange(queryClient, queryKeys.liveSessions()),
  });
}
