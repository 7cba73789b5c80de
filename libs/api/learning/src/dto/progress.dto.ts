import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PROGRESS_EVENT_TYPES, ProgressEventType } from '@larnav/shared/learning';

export class ProgressEventDto {
  @ApiProperty({ format: 'uuid', description: 'Made in the browser; a resend with the same id changes nothing.' })
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: PROGRESS_EVENT_TYPES })
  @IsIn(PROGRESS_EVENT_TYPES)
  type!: ProgressEventType;

  @ApiProperty({ format: 'date-time', description: 'When it happened, by the browser’s clock.' })
  @IsISO8601({ strict: true, strictSeparator: true })
  occurredAt!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  lessonId!: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 1 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  scroll?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'A video block, with `seconds`.' })
  @IsOptional()
  @IsUUID()
  blockId?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 86400 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(86_400)
  seconds?: number;
}

export class ProgressBatchDto {
  @ApiProperty({ type: [ProgressEventDto], minItems: 1, maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ProgressEventDto)
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
