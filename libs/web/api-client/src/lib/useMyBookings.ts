import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** My bookings and waitlist places that are not cancelled, soonest first, of every module. */
export function useMyBookings() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.myBookings(),
    queryFn: async ({ signal }) => dataOrThrow(await client.GET('/api/live-bookings', { signal })).bookings,
  });
}
