import type { LessonBlock } from '@larnav/shared/catalog';
import type { DraftProblems } from '../draft/draft-problems';

/** What every block editor gets: its block, a way to change it, and the draft's problems. */
export interface BlockEditorProps<B extends LessonBlock> {
  moduleId: string;
  block: B;
  onChange: (block: B) => void;
  /** The translated problem at `<block or inner id>.<field>`, if any. */
  problem: (place: string) => string | undefined;
}

export type ProblemLookup = (problems: DraftProblems) => (place: string) => string | undefined;
