import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { invalidateAfterAdminChange } from './invalidate';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Uploads the attendance report Teams exports, as the raw body; answers with an outcome per row. */
export function useUploadAttendanceReport(sessionId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      dataOrThrow(
        await client.POST('/api/live-sessions/{id}/attendance-report', {
          params: { path: { id: sessionId } },
          // The file goes as Teams wrote it (UTF-16 with a byte-order mark); the API decodes it.
          body: file as unknown as string,
          bodySerializer: (body) => body as unknown as BodyInit,
          headers: { 'Content-Type': 'application/octet-stream' },
        }),
      ),
    onSuccess: () => invalidateAfterAdminChange(queryClient, queryKeys.liveSessions()),
  });
}
