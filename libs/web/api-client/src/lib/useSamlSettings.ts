import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { SamlSettings } from './api-types';
import { dataOrNull } from './problem-error';
import { queryKeys } from './query-keys';

/** The SAML settings with what the API read from the IdP's metadata; null when none are made. */
export function useSamlSettings() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.samlSettings(),
    queryFn: async ({ signal }): Promise<SamlSettings | null> =>
      dataOrNull(await client.GET('/api/admin/sign-in/saml', { signal })),
  });
}
