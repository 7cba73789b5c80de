import { skipToken, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** People employed in a unit's subtree on `at`; idle until a unit is chosen. */
export function useUnitPeople(unitId: string | null, at: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.unitPeople(unitId ?? 'none', at),
    queryFn:
      unitId === null
        ? skipToken
        : async ({ signal }) =>
            dataOrThrow(
              await client.GET('/api/org-units/{id}/people', {
                params: { path: { id: unitId }, query: { at } },
                signal,
              }),
            ),
  });
}
