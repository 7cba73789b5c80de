import { skipToken, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';

/** One unit with its head count and its chef; idle until a unit is chosen. */
export function useOrgUnit(orgUnitId: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['org-units', orgUnitId, 'detail'],
    queryFn:
      orgUnitId === null
        ? skipToken
        : async ({ signal }) =>
            dataOrThrow(await client.GET('/api/org-units/{id}', { params: { path: { id: orgUnitId } }, signal })),
  });
}
