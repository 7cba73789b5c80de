import { ProblemCode } from '@larnav/contracts';
import { problemOf, queryKeys, useMe } from '@larnav/web/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useMatches, useNavigate } from 'react-router';

/** A route that anyone may see signed in or not: `handle: PUBLIC_ROUTE`. */
export const PUBLIC_ROUTE = { public: true } as const;

function isPublicHandle(handle: unknown): boolean {
  return typeof handle === 'object' && handle !== null && (handle as { public?: unknown }).public === true;
}

/**
 * Sends a reader who is not signed in to the sign-in page, which brings them back here
 * afterwards: on a page that needs signing in, and when any request is answered `not_signed_in`
 * (the session expired), which also clears who the header says is signed in.
 */
export function useRedirectToSignIn(): void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const matches = useMatches();
  const me = useMe();
  const here = `${location.pathname}${location.search}`;
  const isPublic = matches.some((match) => isPublicHandle(match.handle));
  const signedOut = me.isSuccess && me.data === null;

  useEffect(() => {
    if (!signedOut || isPublic) return;
    void navigate(`/sign-in?${new URLSearchParams({ returnTo: here })}`, {
      replace: true,
    });
  }, [signedOut, isPublic, navigate, here]);

  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        if (problemOf(event.action.error)?.code !== ProblemCode.NotSignedIn) return;
        // Whoever was signed in is not any more; the effect above then redirects.
        queryClient.setQueryData(queryKeys.me(), null);
      }),
    [queryClient],
  );
}
