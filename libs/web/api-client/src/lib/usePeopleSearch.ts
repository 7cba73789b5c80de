import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** The API refuses shorter searches: one letter matches half the municipality. */
export const PEOPLE_SEARCH_MIN_LENGTH = 2;

/** People matching a search; idle until it is long enough. The last answer stays while the next loads. */
export function usePeopleSearch(q: string, limit: number) {
  const client = useApiClient();
  const needle = q.trim();
  return useQuery({
    queryKey: queryKeys.peopleSearch(needle, limit),
    queryFn:
      needle.length < PEOPLE_SEARCH_MIN_LENGTH
        ? skipToken
        : async ({ signal }) =>
            dataOrThrow(await client.GET('/api/people', { params: { query: { q: needle, limit } }, signal })),
    placeholderData: keepPreviousData,
  });
}
