import type { AttemptState } from '@larnav/web/api-client';
import { applyEvents } from '@larnav/shared/learning';
import type { QueuedWork } from './progress-queue';

/**
 * The attempt as the learner left it: the server's state with what the outbox still holds laid
 * over it, by the server's own rules (the same function), so a reload while the server is away
 * lands where the learner was.
 */
export function withPending(state: AttemptState, pending: QueuedWork[]): AttemptState {
  return applyEvents(
    state,
    pending.flatMap((work) => (work.kind === 'progress' ? [work.event] : [])),
  );
}
