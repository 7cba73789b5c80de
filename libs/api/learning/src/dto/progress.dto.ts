import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUUID, ValidateNested } from 'class-validator';
import { CheckedBySchema } from '@larnav/api/common';
import { PROGRESS_EVENT_TYPES, ProgressEventType } from '@larnav/shared/learning';

const UUID = { type: 'string', format: 'uuid' } as const;

/**
 * ProgressEventDto and ProgressBatchDto as a compiled check (`CheckedBySchema`): every click of
 * every learner sends one (issue 8). The Api decorators below document the same rules.
 */
const PROGRESS_BATCH_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['events'],
  properties: {
    events: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'type', 'occurredAt', 'lessonId'],
        properties: {
          id: UUID,
          type: { type: 'string', enum: [...PROGRESS_EVENT_TYPES] },
          occurredAt: { type: 'string', format: 'iso-8601' },
          lessonId: UUID,
          scroll: { type: 'number', minimum: 0, maximum: 1 },
          blockId: UUID,
          seconds: { type: 'number', minimum: 0, maximum: 86_400 },
        },
      },
    },
  },
};

export class ProgressEventDto {
  @ApiProperty({ format: 'uuid', description: 'Made in the browser; a resend with the same id changes nothing.' })
  id!: string;

  @ApiProperty({ enum: PROGRESS_EVENT_TYPES })
  type!: ProgressEventType;

  @ApiProperty({ format: 'date-time', description: 'When it happened, by the browser’s clock.' })
  occurredAt!: string;

  @ApiProperty({ format: 'uuid' })
  lessonId!: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 1 })
  scroll?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'A video block, with `seconds`.' })
  blockId?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 86400 })
  seconds?: number;
}

@CheckedBySchema(PROGRESS_BATCH_SCHEMA)
export class ProgressBatchDto {
  @ApiProperty({ type: [ProgressEventDto], minItems: 1, maxItems: 100 })
  events!: ProgressEventDto[];
}

export class AttemptStateResponse {
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) lessonId!: string | null;
  @ApiProperty() scroll!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) videoSeconds!: Record<string, number>;
  @ApiProperty({ type: [String] }) lessonsDone!: string[];
  @ApiProperty({ type: String, nullable: true }) positionAt!: string | null;
}

export class RecordedProgressResponse {
  @ApiProperty({ type: [String] }) stored!: string[];
  @ApiProperty({ type: [String] }) duplicates!: string[];
  @ApiProperty({ type: AttemptStateResponse }) state!: AttemptStateResponse;
  @ApiProperty() completed!: boolean;
}

export class AnswerDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  questionId!: string;

  @ApiProperty({ type: [String], maxItems: 10 })
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  optionIds!: string[];
}

export class QuizSubmissionDto {
  @ApiProperty({ format: 'uuid', description: 'Made in the browser; a resend gets the stored result.' })
  @IsUUID()
  id!: string;

  @ApiProperty({ type: [AnswerDto], maxItems: 100 })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers!: AnswerDto[];
}
