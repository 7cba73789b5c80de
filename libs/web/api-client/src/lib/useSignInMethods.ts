import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Which ways of signing in this municipality has set up (OpenID Connect, SAML). */
export function useSignInMethods() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.signInMethods(),
    queryFn: async ({ signal }) => dataOrThrow(await client.GET('/api/auth/methods', { signal })),
  });
}
