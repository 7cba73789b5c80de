import { ProblemCode } from '@larnav/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApiClient } from './api-client-context';
import type { Me } from './api-types';
import { dataOrThrow, problemOf } from './problem-error';
import { queryKeys } from './query-keys';
import { type MediaKind, type UploadedMedia, uploadMedia } from './upload-media';

export type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; sent: number; total: number; fileName: string }
  | { status: 'done'; media: UploadedMedia }
  | { status: 'failed'; error: unknown; fileName: string };

/**
 * Uploads one file at a time for a module, with progress. The CSRF token is the session's, from
 * /api/auth/me, as every other state-changing request sends it; a stale one is fetched afresh once.
 */
export function useUploadMedia(moduleId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const token = useCallback(
    async (fresh: boolean) => {
      if (!fresh) {
        const cached = queryClient.getQueryData<Me | null>(queryKeys.me());
        if (cached?.csrfToken) return cached.csrfToken;
      }
      const me = dataOrThrow(await client.GET('/api/auth/me'));
      queryClient.setQueryData(queryKeys.me(), me);
      return me.csrfToken;
    },
    [client, queryClient],
  );

  const upload = useCallback(
    async (kind: MediaKind, file: File): Promise<UploadedMedia | null> => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setState({ status: 'uploading', sent: 0, total: file.size, fileName: file.name });
      const attempt = async (fresh: boolean) =>
        uploadMedia({
          moduleId,
          kind,
          file,
          csrfToken: await token(fresh),
          signal: controller.signal,
          onProgress: (sent, total) => setState({ status: 'uploading', sent, total, fileName: file.name }),
        });
      try {
        const media = await attempt(false).catch((error) => {
          if (problemOf(error)?.code === ProblemCode.CsrfInvalid) return attempt(true);
          throw error;
        });
        setState({ status: 'done', media });
        return media;
      } catch (error) {
        if (controller.signal.aborted) return null;
        setState({ status: 'failed', error, fileName: file.name });
        return null;
      }
    },
    [moduleId, token],
  );

  const cancel = useCallback(() => {
    abort.current?.abort();
    setState({ status: 'idle' });
  }, []);

  return { state, upload, cancel };
}
