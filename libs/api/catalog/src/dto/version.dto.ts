import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import {
  ChangeSignificance,
  COMPLETION_REQUIREMENTS,
  CompletionRequirement,
  Lesson,
  ModuleLanguage,
  MODULE_LANGUAGES,
  PART_ORDERS,
  PartOrder,
  VersionStatus,
} from '@larnav/shared/catalog';
import { LessonsField } from './lessons.field';
import { ModuleFrontMatter } from './module.dto';

const SIGNIFICANCES = Object.values(ChangeSignificance);

/** A whole draft, saved at once: autosave sends it after each pause in typing. */
export class SaveDraftDto extends ModuleFrontMatter {
  @ApiProperty({ description: 'The revision this save was based on; a newer one on the server gives 409.' })
  @IsInt()
  @Min(1)
  revision!: number;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  coverMediaId?: string | null;

  @LessonsField()
  lessons!: Lesson[];

  @ApiPropertyOptional({
    enum: COMPLETION_REQUIREMENTS,
    description:
      'Which parts complete the version: either (lessons passed or a session attended, each alone), ' +
      'e-learning, live-session, or both (a blended module). Left out: kept as it is.',
  })
  @IsOptional()
  @IsIn(COMPLETION_REQUIREMENTS)
  completionRequirement?: CompletionRequirement;

  @ApiPropertyOptional({
    enum: PART_ORDERS,
    description: 'With both parts: any order, or the e-learning before the session. Left out: kept as it is.',
  })
  @IsOptional()
  @IsIn(PART_ORDERS)
  partOrder?: PartOrder;
}

export class PublishDto {
  @ApiProperty({ example: 'Nytt avsnitt om tillsyn; rättade stavfel.', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  changeNote!: string;

  @ApiProperty({
    enum: SIGNIFICANCES,
    description: 'Significant: completions of earlier versions may be required again.',
  })
  @IsIn(SIGNIFICANCES)
  significance!: ChangeSignificance;

  @ApiProperty({ description: 'The draft revision the trainer reviewed; a newer one on the server gives 409.' })
  @IsInt()
  @Min(1)
  revision!: number;
}

export class VersionContentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) moduleId!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ enum: Object.values(VersionStatus) }) status!: VersionStatus;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ nullable: true, type: String }) titleEn!: string | null;
  @ApiProperty({ nullable: true, type: String }) summaryEn!: string | null;
  @ApiProperty({ enum: MODULE_LANGUAGES }) language!: ModuleLanguage;
  @ApiProperty() estimatedMinutes!: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) coverMediaId!: string | null;
  @ApiProperty() revision!: number;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty({ enum: COMPLETION_REQUIREMENTS }) completionRequirement!: CompletionRequirement;
  @ApiProperty({ enum: PART_ORDERS }) partOrder!: PartOrder;
  @LessonsField()
  lessons!: Lesson[];
}
