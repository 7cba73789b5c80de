import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { SamlSettingsInput } from './api-types';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

export function useSaveSamlSettings() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SamlSettingsInput) =>
      dataOrThrow(await client.PUT('/api/admin/sign-in/saml', { body: input })),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.samlSettings(), saved);
      return queryClient.invalidateQueries({
        queryKey: queryKeys.signInMethods(),
      });
    },
  });
}
