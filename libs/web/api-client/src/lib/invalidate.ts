import type { QueryClient, QueryKey } from '@tanstack/react-query';

/** After a change: refetch what it touched, and the audit log, which has a new event. */
export function invalidateAfterAdminChange(queryClient: QueryClient, touched: QueryKey): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: touched }),
    queryClient.invalidateQueries({ queryKey: ['audit'] }),
  ]).then(() => undefined);
}
