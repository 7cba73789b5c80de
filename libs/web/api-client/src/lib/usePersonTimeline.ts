import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** A person's employments, requirements, completions and exemptions, for HR. */
export function usePersonTimeline(personId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.personTimeline(personId),
    queryFn: async ({ signal }) =>
      dataOrThrow(
        await client.GET('/api/compliance/people/{id}/timeline', { params: { path: { id: personId } }, signal }),
      ),
  });
}
