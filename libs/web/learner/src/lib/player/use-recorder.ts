import type { ProgressEvent } from '@larnav/web/api-client';
import { useCallback } from 'react';
import { useProgress } from '../progress/ProgressProvider';
import { newId } from '../shared/learner-types';

type Extra = Pick<ProgressEvent, 'scroll' | 'blockId' | 'seconds'>;

/** Puts one progress event of the attempt in the outbox, with its own id and the browser's time. */
export function useRecorder(attemptId: string) {
  const { queue } = useProgress();
  return useCallback(
    (type: ProgressEvent['type'], lessonId: string, extra: Extra = {}) =>
      queue?.enqueue({
        kind: 'progress',
        attemptId,
        event: { id: newId(), type, occurredAt: new Date().toISOString(), lessonId, ...extra },
      }),
    [queue, attemptId],
  );
}
