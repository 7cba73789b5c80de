import { useMutation } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';

/**
 * For someone at an address no municipality has: which municipality's sign-in their email
 * address belongs to. Resolves to that municipality's name and sign-in page.
 */
export function useDiscoverSignIn() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (email: string) =>
      dataOrThrow(await client.GET('/api/auth/discover', { params: { query: { email } } })),
  });
}
