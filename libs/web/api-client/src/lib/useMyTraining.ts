import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** My training: required (most urgent first), started, completed, and the catalogue searched by `q`. */
export function useMyTraining(q = '') {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.myTraining(q),
    queryFn: async ({ signal }) =>
      dataOrThrow(await client.GET('/api/learning/my-training', { params: { query: q ? { q } : {} }, signal })),
    // A new search keeps the page as it was until the answer comes, instead of a spinner.
    placeholderData: keepPreviousData,
  });
}
