import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export interface QuestionResult {
  questionId: string;
  chosen: string[];
  correct: boolean;
}

/**
 * One try at a knowledge check, graded on the server against the version's own quiz. The id is
 * the browser's (idempotent); `tryNumber` is unique per attempt and quiz, so two tabs submitting
 * at once cannot both take the last allowed try.
 */
@Entity({ name: 'quiz_submission' })
@Index('UQ_quiz_submission_try', ['attemptId', 'quizId', 'tryNumber'], { unique: true })
export class QuizSubmission {
  // The tenant first: a browser's id is unique only within its municipality's rows.
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'attempt_id', type: 'uuid' })
  attemptId!: string;

  @Column({ name: 'quiz_id', type: 'uuid' })
  quizId!: string;

  @Column({ name: 'try_number', type: 'int' })
  tryNumber!: number;

  @Column({ type: 'jsonb' })
  results!: QuestionResult[];

  /** Share of questions answered right, in percent. */
  @Column({ type: 'int' })
  score!: number;

  @Column({ type: 'boolean' })
  passed!: boolean;

  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' })
  submittedAt!: Date;
}
