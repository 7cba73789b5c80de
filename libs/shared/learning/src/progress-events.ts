/** Where the learner is, as worked out from their events: by the server, and by the browser for what it has not sent yet. */
export interface AttemptState {
  /** The lesson open last, and where in it. */
  lessonId: string | null;
  scroll: number;
  /** Seconds into each video block, by block id. */
  videoSeconds: Record<string, number>;
  /** Lessons the learner has gone through to the end. */
  lessonsDone: string[];
  /** The client time of the position event applied last: an older one arriving late is ignored. */
  positionAt: string | null;
}

/** What a browser may report. Each is small; the position ones arrive often. */
export const PROGRESS_EVENT_TYPES = ['lesson-opened', 'position', 'lesson-completed'] as const;
export type ProgressEventType = (typeof PROGRESS_EVENT_TYPES)[number];

export interface ProgressEventInput {
  id: string;
  type: ProgressEventType;
  occurredAt: string;
  lessonId: string;
  /** 0–1: how far down the lesson the reader has scrolled. */
  scroll?: number;
  /** A video block and the second it is at. */
  blockId?: string;
  seconds?: number;
}

export const EMPTY_STATE: AttemptState = {
  lessonId: null,
  scroll: 0,
  videoSeconds: {},
  lessonsDone: [],
  positionAt: null,
};

/**
 * Applies newly stored events, oldest first, to the attempt's state. Position is last-writer-wins
 * by the browser's clock (a phone's older position arriving late does not pull a desktop back);
 * a lesson once completed stays completed. Lessons not in the version are ignored (the server
 * passes `lessonIds`; the browser, laying its unsent events over the server's state, need not).
 */
export function applyEvents(
  state: AttemptState,
  events: Pick<ProgressEventInput, 'type' | 'occurredAt' | 'lessonId' | 'scroll' | 'blockId' | 'seconds'>[],
  lessonIds?: ReadonlySet<string>,
): AttemptState {
  const next: AttemptState = { ...state, videoSeconds: { ...state.videoSeconds }, lessonsDone: [...state.lessonsDone] };
  const ordered = [...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  for (const event of ordered) {
    if (lessonIds && !lessonIds.has(event.lessonId)) continue;
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
