import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** The municipality's assignment rules, newest first, ended ones too. Needs compliance:manage. */
export function useRules() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.rules(),
    queryFn: async ({ signal }) => dataOrThrow(await client.GET('/api/compliance/rules', { signal })).rules,
  });
}
