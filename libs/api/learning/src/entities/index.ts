import { Attempt } from './attempt.entity';
import { Certificate } from './certificate.entity';
import { Completion } from './completion.entity';
import { CompletionPart } from './completion-part.entity';
import { Enrolment } from './enrolment.entity';
import { ProgressEvent } from './progress-event.entity';
import { QuizSubmission } from './quiz-submission.entity';

export * from './attempt.entity';
export * from './certificate.entity';
export * from './completion.entity';
export * from './completion-part.entity';
export * from './enrolment.entity';
export * from './progress-event.entity';
export * from './quiz-submission.entity';

export const LEARNING_ENTITIES = [
  Enrolment,
  Attempt,
  ProgressEvent,
  QuizSubmission,
  Completion,
  CompletionPart,
  Certificate,
];
