import { problemOf } from '@larnav/web/api-client';
import { ProblemCode } from '@larnav/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * Any request answered `not_signed_in` (no session, or it expired) sends the reader to the sign-in
 * page, which brings them back here afterwards.
 */
export function useRedirectToSignIn(): void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;

  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        if (problemOf(event.action.error)?.code !== ProblemCode.NotSignedIn)
          return;
        if (location.pathname === '/sign-in') return;
        void navigate(`/sign-in?${new URLSearchParams({ returnTo: here })}`, {
          replace: true,
        });
      }),
    [queryClient, navigate, location.pathname, here],
  );
}
