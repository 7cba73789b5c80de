import { Controller, Get, Inject, Logger, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, CurrentActor, RequirePermission, SignedIn } from '@larnav/api/common';
import { FILE_STORAGE, FileStorage, sendMedia } from '@larnav/api/storage';
import { Permission } from '@larnav/contracts';
import { MediaAccess } from './media-access';
import { MediaListResponse, MediaResponse, UploadMediaQuery } from './media.dto';
import { MediaService } from './media.service';
import { declaredLength, discardRestOfUpload } from './upload-body';

const Id = new ParseUUIDPipe();

/** What the API may serve; the type is always the one the file's content showed at upload. */
const SERVED_TYPES = [
  'video/mp4',
  'video/webm',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
];
const BINARY = { type: 'string', format: 'binary' } as const;

@ApiTags('catalog')
@Controller('catalog/modules/:id/media')
export class MediaController {
  private readonly logger = new Logger(MediaController.name);

  constructor(
    private readonly media: MediaService,
    private readonly access: MediaAccess,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  @Post()
  @RequirePermission(Permission.CatalogAuthor)
  @ApiOperation({
    summary: "Upload a video, image or document to the module: the body is the file's bytes",
    description:
      'Any Content-Type: the body is never parsed, only streamed to storage. The file is recognised by its ' +
      'content; the wrong type is refused with 415, a file over the kind’s limit with 413, and nothing is kept.',
  })
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: BINARY })
  @ApiCreatedResponse({ type: MediaResponse })
  async upload(
    @Param('id', Id) id: string,
    @Query() query: UploadMediaQuery,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @CurrentActor() actor: Actor,
  ): Promise<MediaResponse> {
    try {
      return await this.media.upload(
        id,
        { kind: query.kind, fileName: query.fileName, body: req, declaredBytes: declaredLength(req) },
        actor,
      );
    } catch (error) {
      discardRestOfUpload(req, res);
      throw error;
    }
  }

  @Get()
  @RequirePermission(Permission.CatalogAuthor)
  @ApiOperation({ summary: "The module's uploaded files, newest first" })
  @ApiOkResponse({ type: MediaListResponse })
  async list(@Param('id', Id) id: string): Promise<MediaListResponse> {
    return { media: await this.media.list(id) };
  }

  @Get(':mediaId')
  // Learners see the files of the versions they may take; MediaAccess decides, answering 404 otherwise.
  @SignedIn()
  @ApiOperation({
    summary: 'The file itself, for those who may see the module; byte ranges for seeking in video',
    description:
      'Binary, with the type its content showed at upload. Honours Range (206, 416) and If-None-Match (304); ' +
      'private caching only. Documents are offered as downloads, videos and images shown inline.',
  })
  @ApiProduces(...SERVED_TYPES)
  @ApiOkResponse({ description: 'The whole file.', schema: BINARY })
  @ApiResponse({ status: 206, description: 'The requested byte range.', schema: BINARY })
  @ApiResponse({ status: 304, description: 'The copy the client has (If-None-Match) is current.' })
  async serve(
    @Param('id', Id) id: string,
    @Param('mediaId', Id) mediaId: string,
    @Req() req: Request,
    @Res() res: Response,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    const media = await this.access.servable(id, mediaId, actor);
    try {
      await sendMedia(
        req,
        res,
        this.storage,
        {
          key: media.storageKey,
          size: Number(media.sizeBytes),
          sha256: media.sha256,
          mediaType: media.contentType,
          fileName: media.fileName,
        },
        { disposition: media.kind === 'document' ? 'attachment' : 'inline' },
      );
    } catch (error) {
      // Once the file has started to flow no error answer can follow it: cut the connection instead.
      if (!res.headersSent) throw error;
      this.logger.warn(`Serving ${media.storageKey} broke off: ${(error as Error).message}`);
      res.destroy();
    }
  }
}
