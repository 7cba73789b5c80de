import { ApiProperty } from '@nestjs/swagger';
import { ModulePartsResponse } from '../my-training/my-training.dto';
import { AttemptStateResponse } from './progress.dto';

export class QuizProgressResponse {
  @ApiProperty({ format: 'uuid' }) quizId!: string;
  @ApiProperty() triesUsed!: number;
  @ApiProperty({ type: Number, nullable: true }) attemptLimit!: number | null;
  @ApiProperty() passed!: boolean;
  @ApiProperty({ type: Number, nullable: true }) bestScore!: number | null;
}

export class CompletionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() completedAt!: Date;
  @ApiProperty({ type: Number, nullable: true }) score!: number | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) certificateId!: string | null;
}

export class AttemptResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) moduleId!: string;
  @ApiProperty({ format: 'uuid' }) versionId!: string;
  @ApiProperty() versionNumber!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) titleEn!: string | null;
  @ApiProperty({
    description: 'The lessons as a learner sees them: knowledge checks without their answers.',
    type: 'array',
    items: { type: 'object' },
  })
  lessons!: unknown[];
  @ApiProperty({ type: AttemptStateResponse }) state!: AttemptStateResponse;
  @ApiProperty({ type: [QuizProgressResponse] }) quizzes!: QuizProgressResponse[];
  @ApiProperty({ type: CompletionResponse, nullable: true }) completion!: CompletionResponse | null;
  @ApiProperty({
    type: ModulePartsResponse,
    nullable: true,
    description: 'When this version also requires a live session: what remains, and the next session.',
  })
  parts!: ModulePartsResponse | null;
  @ApiProperty({ description: 'A newer version is published; this attempt stays on its own.' }) newerVersion!: boolean;
}

export class LearnerQuestionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['single', 'multiple', 'true-false'] }) kind!: string;
  @ApiProperty() prompt!: string;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', properties: { id: { type: 'string' }, text: { type: 'string' } } },
  })
  options!: { id: string; text: string }[];
}

export class OptionFeedbackResponse {
  @ApiProperty({ format: 'uuid' }) optionId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ nullable: true, type: String }) feedback!: string | null;
}

export class QuestionResultResponse {
  @ApiProperty({ format: 'uuid' }) questionId!: string;
  @ApiProperty() prompt!: string;
  @ApiProperty() correct!: boolean;
  @ApiProperty({ type: [OptionFeedbackResponse] }) feedback!: OptionFeedbackResponse[];
}

export class QuizResultResponse {
  @ApiProperty({ format: 'uuid' }) submissionId!: string;
  @ApiProperty() tryNumber!: number;
  @ApiProperty() score!: number;
  @ApiProperty() passed!: boolean;
  @ApiProperty() passMark!: number;
  @ApiProperty({ type: Number, nullable: true }) triesLeft!: number | null;
  @ApiProperty() completed!: boolean;
  @ApiProperty({ type: [QuestionResultResponse] }) questions!: QuestionResultResponse[];
}

export class QuizViewResponse {
  @ApiProperty({ format: 'uuid' }) quizId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() passMark!: number;
  @ApiProperty({ type: Number, nullable: true }) attemptLimit!: number | null;
  @ApiProperty() triesUsed!: number;
  @ApiProperty() passed!: boolean;
  @ApiProperty({ type: [LearnerQuestionResponse] }) questions!: LearnerQuestionResponse[];
  @ApiProperty({ type: QuizResultResponse, nullable: true }) lastResult!: QuizResultResponse | null;
}
