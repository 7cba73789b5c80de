import { ProblemCode } from '@larnav/contracts';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { Me } from './api-types';
import { dataOrThrow, problemOf } from './problem-error';
import { queryKeys } from './query-keys';

/**
 * Who is signed in, or null when nobody is: not being signed in is an answer here, not an
 * error, so the header can offer "Logga in" without the page being sent to the sign-in page.
 */
export function useMe() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.me(),
    queryFn: async ({ signal }): Promise<Me | null> => {
      try {
        return dataOrThrow(await client.GET('/api/auth/me', { signal }));
      } catch (error) {
        if (problemOf(error)?.code === ProblemCode.NotSignedIn) return null;
        throw error;
      }
    },
    // Roles change rarely, and a page that needs fresher ones gets a 403 and says so.
    staleTime: 5 * 60_000,
  });
}
