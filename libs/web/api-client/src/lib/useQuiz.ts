import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** A knowledge check: the questions of the next try (no answers), tries used, and the last result. */
export function useQuiz(attemptId: string, quizId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.quiz(attemptId, quizId),
    queryFn: async ({ signal }) =>
      dataOrThrow(
        await client.GET('/api/learning/attempts/{attemptId}/quizzes/{quizId}', {
          params: { path: { attemptId, quizId } },
          signal,
        }),
      ),
    // The questions of a try must not change under the learner's hands.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}
