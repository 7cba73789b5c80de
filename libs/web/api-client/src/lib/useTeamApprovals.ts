import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Bookings waiting for my approval ("Att godkänna"). */
export function useTeamApprovals() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.myTeamApprovals(),
    queryFn: async ({ signal }) => dataOrThrow(await client.GET('/api/my-team/approvals', { signal })),
  });
}

/** Approves or declines one booking; the list is read again after. */
export function useDecideApproval() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ bookingId, decision }: { bookingId: string; decision: 'approve' | 'decline' }) =>
      dataOrThrow(
        decision === 'approve'
          ? await client.POST('/api/my-team/approvals/{bookingId}/approve', { params: { path: { bookingId } } })
          : await client.POST('/api/my-team/approvals/{bookingId}/decline', { params: { path: { bookingId } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.myTeamApprovals() }),
  });
}
