import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  CATALOG_LIMITS,
  ChangeSignificance,
  COMPLETION_REQUIREMENTS,
  CompletionRequirement,
  MODULE_LANGUAGES,
  ModuleLanguage,
  ModuleSharing,
  PART_ORDERS,
  PartOrder,
  VersionStatus,
} from '@larnav/shared/catalog';
import type { VersionChanges } from '../entities/module-version.entity';

const SHARINGS = Object.values(ModuleSharing);
const STATUSES = Object.values(VersionStatus);
const SIGNIFICANCES = Object.values(ChangeSignificance);

/** What a module says about itself: title, summary, language and length. Part of every version. */
export class ModuleFrontMatter {
  @ApiProperty({ example: 'Företagarperspektiv i myndighetsutövning', maxLength: CATALOG_LIMITS.titleLength })
  @IsString()
  @IsNotEmpty()
  @MaxLength(CATALOG_LIMITS.titleLength)
  title!: string;

  @ApiPropertyOptional({ maxLength: CATALOG_LIMITS.summaryLength })
  @IsOptional()
  @IsString()
  @MaxLength(CATALOG_LIMITS.summaryLength)
  summary?: string;

  @ApiPropertyOptional({
    description: 'The title in English, when the content is Swedish.',
    maxLength: CATALOG_LIMITS.titleLength,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CATALOG_LIMITS.titleLength)
  titleEn?: string;

  @ApiPropertyOptional({ maxLength: CATALOG_LIMITS.summaryLength })
  @IsOptional()
  @IsString()
  @MaxLength(CATALOG_LIMITS.summaryLength)
  summaryEn?: string;

  @ApiProperty({ enum: MODULE_LANGUAGES })
  @IsIn(MODULE_LANGUAGES)
  language!: ModuleLanguage;

  @ApiProperty({ minimum: 1, maximum: 600, example: 30 })
  @IsInt()
  @Min(1)
  @Max(600)
  estimatedMinutes!: number;
}

export class CreateModuleDto extends ModuleFrontMatter {
  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];
}

export class UpdateModuleDto {
  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'The person who answers for the content.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;
}

export class SharingDto {
  @ApiProperty({ enum: SHARINGS })
  @IsIn(SHARINGS)
  sharing!: ModuleSharing;
}

export class ModuleSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) titleEn!: string | null;
  @ApiProperty({ enum: MODULE_LANGUAGES }) language!: ModuleLanguage;
  @ApiProperty({ type: Number, nullable: true, description: 'The version learners take now.' })
  publishedNumber!: number | null;
  @ApiProperty({ description: 'A draft is being edited.' }) hasDraft!: boolean;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) ownerId!: string | null;
  @ApiProperty({ nullable: true, type: String }) ownerName!: string | null;
  @ApiProperty({ enum: SHARINGS }) sharing!: ModuleSharing;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ description: 'The last change to the module or any of its versions.' }) updatedAt!: Date;
  @ApiProperty({ description: 'The municipality the module belongs to.' }) municipality!: string;
}

export class ModuleListResponse {
  @ApiProperty({ type: [ModuleSummaryResponse] }) modules!: ModuleSummaryResponse[];
}

export class VersionSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ enum: STATUSES }) status!: VersionStatus;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) changeNote!: string | null;
  @ApiProperty({ enum: SIGNIFICANCES, nullable: true }) significance!: ChangeSignificance | null;
  @ApiProperty({ type: Object, nullable: true, description: 'What changed from the version before.' })
  changes!: VersionChanges | null;
  @ApiProperty({ type: Date, nullable: true }) publishedAt!: Date | null;
  @ApiProperty({ nullable: true, type: String }) publishedByName!: string | null;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty() revision!: number;
  @ApiProperty({ enum: COMPLETION_REQUIREMENTS, description: 'Which parts complete this version.' })
  completionRequirement!: CompletionRequirement;
  @ApiProperty({ enum: PART_ORDERS }) partOrder!: PartOrder;
}

export class ModuleDetailResponse extends ModuleSummaryResponse {
  @ApiProperty({ description: 'This municipality may change it (it is not another one’s shared module).' })
  editable!: boolean;
  @ApiProperty({ type: [VersionSummaryResponse], description: 'Newest first, the draft (if any) at the top.' })
  versions!: VersionSummaryResponse[];
}
