import { useQueries } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/**
 * Names of the given people (id → name), as far as they have loaded; one cached request per
 * person, so a page of audit events naming the same few people asks for each once. Needs
 * people:read; `enabled: false` for a reader without it.
 */
export function usePersonNames(personIds: readonly string[], options: { enabled?: boolean } = {}): Map<string, string> {
  const client = useApiClient();
  const unique = options.enabled === false ? [] : [...new Set(personIds)];
  return useQueries({
    queries: unique.map((id) => ({
      queryKey: queryKeys.person(id),
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        dataOrThrow(
          await client.GET('/api/people/{id}', {
            params: { path: { id } },
            signal,
          }),
        ),
      staleTime: 10 * 60_000,
    })),
    combine: (results) =>
      new Map(results.flatMap((result, i) => (result.data ? [[unique[i], result.data.name] as const] : []))),
  });
}
