import { useMutation } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';

/**
 * Ends the session. Resolves to where the browser goes next (the IdP's sign-out page, which
 * comes back to the start page): a full-page navigation the caller makes.
 */
export function useSignOut() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async () => dataOrThrow(await client.POST('/api/auth/sign-out')).redirectTo,
  });
}
