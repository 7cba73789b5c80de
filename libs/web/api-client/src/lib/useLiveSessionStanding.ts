import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { LiveSessionState } from './api-types';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

export interface LiveSessionStandingFilter {
  /** HR's report down a subtree, or a manager's own team. */
  source: 'reporting' | 'my-team';
  /** HR's unit (with its subtree); ignored for a team. */
  orgUnitId: string | null;
  /** Nothing is asked until a module is chosen. */
  moduleId: string | null;
  liveSession: LiveSessionState | 'lacking' | null;
  limit: number;
  offset: number;
}

/** Who is booked on a module's live sessions, who attended, and who still lacks a required one. */
export function useLiveSessionStanding({
  source,
  orgUnitId,
  moduleId,
  liveSession,
  limit,
  offset,
}: LiveSessionStandingFilter) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.liveSessionStanding(source, orgUnitId, moduleId ?? 'none', liveSession, limit, offset),
    // A new filter or page keeps the last answer on screen until the next one comes.
    placeholderData: keepPreviousData,
    queryFn:
      moduleId === null
        ? skipToken
        : async ({ signal }) => {
            const query = { moduleId, liveSession: liveSession ?? undefined, limit, offset };
            return dataOrThrow(
              source === 'reporting'
                ? await client.GET('/api/reporting/live-sessions', {
                    params: { query: { ...query, orgUnitId: orgUnitId ?? undefined } },
                    signal,
                  })
                : await client.GET('/api/my-team/live-sessions', { params: { query }, signal }),
            );
          },
  });
}
