import { CompletionPart, CompletionRequirement, PartOrder, partsOf } from '@larnav/shared/catalog';

/** A part recorded as done, as the decision needs it. */
export interface DonePart {
  part: CompletionPart;
  doneAt: Date;
  sessionStartsAt: Date | null;
  score: number | null;
}

/** What a version asks for: its parts and their order. */
export interface PartsRule {
  completionRequirement: CompletionRequirement;
  partOrder: PartOrder;
}

export interface PartsJudgement {
  complete: boolean;
  /** When the last needed part was done: the completion's date. */
  completedAt: Date | null;
  /** How it was reached, as Completion.method says it. */
  method: 'e-learning' | 'live-session' | 'blended' | null;
  eLearningDoneAt: Date | null;
  /** The first attended session that counts. */
  sessionDoneAt: Date | null;
  /** A session was attended that does not count, being before the e-learning part with a set order. */
  sessionOutOfOrder: boolean;
  /** The e-learning part's score, when that part is what completed it. */
  score: number | null;
  /** The required parts not done yet (for `either`, both until one is). */
  remaining: CompletionPart[];
}

/**
 * The one decision "is every required part done?", from the parts recorded. With the order
 * `e-learning-first`, a session counts only if it started once the e-learning part was done.
 */
export function judgeParts(rule: PartsRule, done: DonePart[]): PartsJudgement {
  const byTime = [...done].sort((a, b) => a.doneAt.getTime() - b.doneAt.getTime());
  const eLearning = byTime.find((p) => p.part === CompletionPart.ELearning) ?? null;
  const sessions = byTime.filter((p) => p.part === CompletionPart.LiveSession);
  const ordered =
    rule.completionRequirement === CompletionRequirement.Both && rule.partOrder === PartOrder.ELearningFirst;
  const counts = (s: DonePart) =>
    !ordered || (eLearning !== null && (s.sessionStartsAt ?? s.doneAt).getTime() >= eLearning.doneAt.getTime());
  const session = sessions.find(counts) ?? null;
  const judgement = {
    eLearningDoneAt: eLearning?.doneAt ?? null,
    sessionDoneAt: session?.doneAt ?? null,
    sessionOutOfOrder: sessions.some((s) => !counts(s)),
  };
  const have = { [CompletionPart.ELearning]: eLearning, [CompletionPart.LiveSession]: session };
  const needed = partsOf(rule.completionRequirement);
  const remaining = needed.filter((p) => !have[p]);

  if (rule.completionRequirement === CompletionRequirement.Either) {
    const first = [eLearning, session].filter((p): p is DonePart => p !== null).sort(earliest)[0];
    if (!first) return { ...judgement, complete: false, completedAt: null, method: null, score: null, remaining };
    const score = first === eLearning ? eLearning.score : null;
    return { ...judgement, complete: true, completedAt: first.doneAt, method: first.part, score, remaining: [] };
  }
  if (remaining.length > 0)
    return { ...judgement, complete: false, completedAt: null, method: null, score: null, remaining };
  const last = needed
    .map((p) => have[p] as DonePart)
    .sort(earliest)
    .at(-1) as DonePart;
  const method = needed.length > 1 ? 'blended' : needed[0];
  const score = needed.includes(CompletionPart.ELearning) ? (eLearning?.score ?? null) : null;
  return { ...judgement, complete: true, completedAt: last.doneAt, method, score, remaining };
}

function earliest(a: DonePart, b: DonePart): number {
  return a.doneAt.getTime() - b.doneAt.getTime();
}
