import type { AttemptState } from '@larnav/web/api-client';
import type { QueuedWork } from './progress-queue';

/**
 * The attempt as the learner left it: the server's state with what the outbox still holds laid
 * over it, by the same rules as the server (position by the browser's clock, a completed lesson
 * stays completed). A reload while the server is away lands where the learner was.
 */
export function withPending(state: AttemptState, pending: QueuedWork[]): AttemptState {
  const next: AttemptState = { ...state, videoSeconds: { ...state.videoSeconds }, lessonsDone: [...state.lessonsDone] };
  const events = pending
    .flatMap((work) => (work.kind === 'progress' ? [work.event] : []))
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  for (const event of events) {
    if (event.type === 'lesson-completed') {
      if (!next.lessonsDone.includes(event.lessonId)) next.lessonsDone.push(event.lessonId);
      continue;
    }
    if (next.positionAt && event.occurredAt < next.positionAt) continue;
    next.positionAt = event.occurredAt;
    if (next.lessonId !== event.lessonId) next.scroll = 0;
    next.lessonId = event.lessonId;
    if (event.scroll !== undefined) next.scroll = event.scroll;
    if (event.blockId && event.seconds !== undefined) next.videoSeconds[event.blockId] = event.seconds;
  }
  return next;
}
