import { problemOf, useModuleAttempt } from '@larnav/web/api-client';
import { ErrorState, LoadingState } from '@larnav/web/ui';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { withPending } from '../progress/local-state';
import type { QueuedWork } from '../progress/progress-queue';
import { useProgress } from '../progress/ProgressProvider';
import { Player } from './Player';

/** /my-training/:moduleId: starts the module or continues the learner's attempt of it. */
export function PlayerPage() {
  const { moduleId = '' } = useParams();
  const attempt = useModuleAttempt(moduleId);
  const { queue, failed } = useProgress();
  const [pending, setPending] = useState<QueuedWork[] | null>(null);
  const attemptId = attempt.data?.id;

  // What the outbox still holds is where the learner really is.
  useEffect(() => {
    if (failed) setPending([]);
    else if (queue && attemptId) void queue.pendingFor(attemptId).then(setPending);
  }, [queue, failed, attemptId]);

  if (attempt.isPending) return <LoadingState />;
  if (!attempt.data) return <ErrorState problem={problemOf(attempt.error)} onRetry={() => void attempt.refetch()} />;
  if (!pending) return <LoadingState />;
  return <Player key={attempt.data.id} attempt={attempt.data} resume={withPending(attempt.data.state, pending)} />;
}
