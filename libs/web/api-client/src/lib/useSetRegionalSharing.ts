import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

export function useSetRegionalSharing() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (shares: boolean) =>
      dataOrThrow(await client.PUT('/api/regional/sharing', { body: { shares } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.regionalSharing(), saved);
      return queryClient.invalidateQueries({ queryKey: ['regional'] });
    },
  });
}
