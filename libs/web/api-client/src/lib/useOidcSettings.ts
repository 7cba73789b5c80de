import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { OidcSettings } from './api-types';
import { dataOrNull } from './problem-error';
import { queryKeys } from './query-keys';

/** The OpenID Connect settings without the secret; null when none are made yet. */
export function useOidcSettings() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.oidcSettings(),
    queryFn: async ({ signal }): Promise<OidcSettings | null> =>
      dataOrNull(await client.GET('/api/admin/sign-in/oidc', { signal })),
  });
}
