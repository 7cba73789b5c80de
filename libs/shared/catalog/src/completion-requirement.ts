/** The parts a module's completion can be made of. */
export const CompletionPart = { ELearning: 'e-learning', LiveSession: 'live-session' } as const;
export type CompletionPart = (typeof CompletionPart)[keyof typeof CompletionPart];
export const COMPLETION_PARTS = Object.values(CompletionPart);

/**
 * Which parts a version's completion requires. `either` is how every version published before
 * blended modules behaves, and stays the default: the e-learning part (all lessons, all knowledge
 * checks passed) or an attended live session, whichever comes first, completes it. `both` is a
 * blended module: the e-learning part and an attended session.
 */
export const CompletionRequirement = {
  Either: 'either',
  ELearning: 'e-learning',
  LiveSession: 'live-session',
  Both: 'both',
} as const;
export type CompletionRequirement = (typeof CompletionRequirement)[keyof typeof CompletionRequirement];
export const COMPLETION_REQUIREMENTS = Object.values(CompletionRequirement);

/**
 * The order of a blended module's parts. `e-learning-first`: a session counts only if it started
 * after the e-learning part was done (the e-learning prepares for it); one attended earlier is
 * recorded but does not count, and another session must be attended. Only with `both`.
 */
export const PartOrder = { Any: 'any', ELearningFirst: 'e-learning-first' } as const;
export type PartOrder = (typeof PartOrder)[keyof typeof PartOrder];
export const PART_ORDERS = Object.values(PartOrder);

/** The parts a requirement asks for, all of them needed (for `either`, each alone is enough). */
export function partsOf(requirement: CompletionRequirement): CompletionPart[] {
  if (requirement === CompletionRequirement.ELearning) return [CompletionPart.ELearning];
  if (requirement === CompletionRequirement.LiveSession) return [CompletionPart.LiveSession];
  return [CompletionPart.ELearning, CompletionPart.LiveSession];
}
