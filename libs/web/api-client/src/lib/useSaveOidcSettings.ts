import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { OidcSettingsInput } from './api-types';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

export function useSaveOidcSettings() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: OidcSettingsInput) =>
      dataOrThrow(await client.PUT('/api/admin/sign-in/oidc', { body: input })),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.oidcSettings(), saved);
      return queryClient.invalidateQueries({
        queryKey: queryKeys.signInMethods(),
      });
    },
  });
}
