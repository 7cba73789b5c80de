import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { RuleInput } from './api-types';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/**
 * What a rule would do today, asked again as the form changes; null while the form is not
 * complete enough to ask. A POST, but it writes nothing (the API rolls its trial rule back), so
 * it is cached like a read.
 */
export function useRulePreview(input: RuleInput | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...queryKeys.rules(), 'preview', input],
    queryFn: async ({ signal }) => {
      if (!input) throw new Error('no rule to preview');
      return dataOrThrow(await client.POST('/api/compliance/rules/preview', { body: input, signal }));
    },
    enabled: input !== null,
    // The last numbers stay on screen while the next ones are worked out.
    placeholderData: keepPreviousData,
  });
}
