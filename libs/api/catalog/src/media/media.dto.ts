import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import type { MediaKind } from '../entities/media-file.entity';

export const MEDIA_KINDS: MediaKind[] = ['video', 'image', 'document'];

/** The upload's own facts travel in the query: the body is nothing but the file's bytes. */
export class UploadMediaQuery {
  @ApiProperty({ enum: MEDIA_KINDS, description: 'What the file must be; its content is checked, not its name.' })
  @IsIn(MEDIA_KINDS)
  kind!: MediaKind;

  @ApiProperty({
    example: 'bygglovsprocessen.mp4',
    maxLength: 255,
    description: 'Shown to people and offered on download.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  // A name, not a path: a browser's "C:\fakepath\…" or a crafted "../x" has no place in it.
  @Matches(/^[^/\\]*\S[^/\\]*$/, { message: 'fileName must be a file name without / or \\' })
  fileName!: string;
}

export class MediaResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: MEDIA_KINDS })
  kind!: MediaKind;

  @ApiProperty({ example: 'video/mp4', description: 'As its content showed, never as the client declared.' })
  contentType!: string;

  @ApiProperty({ example: 52_428_800 })
  sizeBytes!: number;

  @ApiProperty({ example: 'bygglovsprocessen.mp4' })
  fileName!: string;

  @ApiProperty({ example: '/api/catalog/modules/6f1c…/media/0b7e…', description: 'Where the file is served.' })
  url!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class MediaListResponse {
  @ApiProperty({ type: [MediaResponse] })
  media!: MediaResponse[];
}
