import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Today's job roles with how many hold each, for a rule to target. Needs compliance:manage. */
export function useJobRoles() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.jobRoles(),
    queryFn: async ({ signal }) => dataOrThrow(await client.GET('/api/compliance/job-roles', { signal })).jobRoles,
  });
}
