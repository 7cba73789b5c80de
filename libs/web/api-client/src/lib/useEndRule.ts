import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { invalidateAfterAdminChange } from './invalidate';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Ends a rule on a last day; what it required until then stays in the history. */
export function useEndRule() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ ruleId, lastDay }: { ruleId: string; lastDay: string }) =>
      dataOrThrow(
        await client.POST('/api/compliance/rules/{id}/end', {
          params: { path: { id: ruleId } },
          body: { lastDay },
        }),
      ),
    onSuccess: () => invalidateAfterAdminChange(queryClient, queryKeys.rules()),
  });
}
