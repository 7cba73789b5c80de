import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { invalidateAfterAdminChange } from './invalidate';
import { dataOrThrow } from './problem-error';
import { queryKeys } from './query-keys';

/** Uploads an HR-system file as the raw body and answers with its dry run; nothing changes yet. */
export function useUploadHrFile() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      dataOrThrow(
        await client.POST('/api/hr-imports', {
          params: { query: { fileName: file.name } },
          // The file goes as it is; the API tells CSV from XLSX by its bytes.
          body: file as unknown as string,
          bodySerializer: (body) => body as unknown as BodyInit,
          headers: { 'Content-Type': file.type || 'application/octet-stream' },
        }),
      ),
    onSuccess: (detail) => {
      queryClient.setQueryData(queryKeys.hrImport(detail.id), detail);
      return invalidateAfterAdminChange(queryClient, queryKeys.hrImports());
    },
  });
}
