import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createFakeApiClient } from '../testing/fake-api-client';
import { ApiClientProvider } from './api-client-context';
import { useOrgTree } from './useOrgTree';
import { useUnitPeople } from './useUnitPeople';

function wrapperWith(client: ReturnType<typeof createFakeApiClient>) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
}

describe('useOrgTree', () => {
  it('asks for the tree as it was on the given date', async () => {
    const seen: unknown[] = [];
    const client = createFakeApiClient({
      '/api/org-units/tree': ({ params }) => {
        seen.push(params);
        return { body: { at: '2024-01-15', units: [] } };
      },
    });
    const { result } = renderHook(() => useOrgTree('2024-01-15'), {
      wrapper: wrapperWith(client),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual({ at: '2024-01-15', units: [] });
    expect(seen).toEqual([{ query: { at: '2024-01-15' } }]);
  });
});

describe('useUnitPeople', () => {
  it('stays idle until a unit is chosen', () => {
    const client = createFakeApiClient({});
    const { result } = renderHook(() => useUnitPeople(null, '2024-01-15'), {
      wrapper: wrapperWith(client),
    });
    expect(result.current.fetchStatus).toBe('idle');
  });
});
