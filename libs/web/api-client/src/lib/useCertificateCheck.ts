import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** The public check of a certificate code: genuine or not, and valid, expired or revoked. */
export function useCertificateCheck(code: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.certificateCheck(code ?? ''),
    enabled: !!code,
    queryFn: async ({ signal }) =>
      dataOrThrow(await client.GET('/api/certificates/{code}', { params: { path: { code: code ?? '' } }, signal })),
    // Each check counts against the rate limit: ask once per code, not on every focus.
    retry: false,
    refetchOnWindowFocus: false,
    staleTime: 60_000,
  });
}
