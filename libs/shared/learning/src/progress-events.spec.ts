import { applyEvents, EMPTY_STATE, ProgressEventInput } from './progress-events';

const L1 = '00000000-0000-4000-8000-000000000001';
const L2 = '00000000-0000-4000-8000-000000000002';
const lessons = new Set([L1, L2]);
let n = 0;
const event = (
  type: ProgressEventInput['type'],
  lessonId: string,
  occurredAt: string,
  extra = {},
): ProgressEventInput => ({
  id: `00000000-0000-4000-8000-1000000000${String(++n).padStart(2, '0')}`,
  type,
  lessonId,
  occurredAt,
  ...extra,
});

describe('applyEvents', () => {
  it('keeps the newest position by the browser clock, whatever order events arrive in', () => {
    const late = event('position', L1, '2026-12-01T09:00:00.000Z', { scroll: 0.2 });
    const newer = event('position', L2, '2026-12-01T09:05:00.000Z', { scroll: 0.7 });
    const state = applyEvents(applyEvents(EMPTY_STATE, [newer], lessons), [late], lessons);
    expect(state).toMatchObject({ lessonId: L2, scroll: 0.7, positionAt: '2026-12-01T09:05:00.000Z' });
  });

  it('remembers where each video stopped and which lessons were finished, once each', () => {
    const state = applyEvents(
      EMPTY_STATE,
      [
        event('position', L1, '2026-12-01T09:00:00.000Z', { blockId: 'video-1', seconds: 42 }),
        event('lesson-completed', L1, '2026-12-01T09:01:00.000Z'),
        event('lesson-completed', L1, '2026-12-01T09:02:00.000Z'),
      ],
      lessons,
    );
    expect(state.videoSeconds).toEqual({ 'video-1': 42 });
    expect(state.lessonsDone).toEqual([L1]);
  });

  it('ignores lessons the version does not have', () => {
    const stranger = '00000000-0000-4000-8000-0000000000ff';
    expect(
      applyEvents(EMPTY_STATE, [event('lesson-completed', stranger, '2026-12-01T09:00:00.000Z')], lessons),
    ).toEqual(EMPTY_STATE);
  });
});
