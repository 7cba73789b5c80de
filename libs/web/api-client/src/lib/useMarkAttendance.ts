import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { AttendanceStatus } from './api-types';
import { invalidateAfterAdminChange } from './invalidate';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Marks one booked person attended, partly attended or no-show; attended completes the module. */
export function useMarkAttendance(sessionId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ bookingId, status }: { bookingId: string; status: AttendanceStatus }) =>
      dataOrThrow(
        await client.PUT('/api/live-sessions/{id}/bookings/{bookingId}/attendance', {
          params: { path: { id: sessionId, bookingId } },
          body: { status },
        }),
      ),
    onSuccess: (marked) => {
      // The row changes at once; the list is fetched again behind it.
      queryClient.setQueryData(queryKeys.liveSession(sessionId), (detail: unknown) => replaceBooking(detail, marked));
      return invalidateAfterAdminChange(queryClient, queryKeys.liveSessions());
    },
  });
}

function replaceBooking(detail: unknown, marked: { id: string }): unknown {
  if (!detail || typeof detail !== 'object' || !('bookings' in detail) || !Array.isArray(detail.bookings))
    return detail;
  return { ...detail, bookings: detail.bookings.map((b: { id: string }) => (b.id === marked.id ? marked : b)) };
}
