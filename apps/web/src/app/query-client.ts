import { problemOf } from '@larnav/web/api-client';
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx answer will not change on retry; a dropped connection or a 5xx may.
        retry: (failureCount, error) => {
          const status = problemOf(error)?.status ?? 0;
          return status < 400 || status >= 500 ? failureCount < 2 : false;
        },
      },
    },
  });
}
