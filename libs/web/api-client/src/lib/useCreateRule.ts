import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { RuleInput } from './api-types';
import { invalidateAfterAdminChange } from './invalidate';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Makes a rule; it applies at once, to the staff already in place too. */
export function useCreateRule() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RuleInput) => dataOrThrow(await client.POST('/api/compliance/rules', { body: input })),
    onSuccess: () => invalidateAfterAdminChange(queryClient, queryKeys.rules()),
  });
}
