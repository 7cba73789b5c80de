import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Cancels my booking or waitlist place; a freed place goes to the first on the waitlist. */
export function useCancelBooking() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ bookingId }: { bookingId: string }) =>
      dataOrThrow(await client.POST('/api/live-bookings/{id}/cancel', { params: { path: { id: bookingId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.liveBookings() }),
  });
}
