import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type { Request } from 'express';
import { Actor, CurrentActor, RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { CatalogQueries } from '../catalog.queries';
import { CATALOG_OPTIONS, CatalogOptions } from '../catalog.options';
import { ModuleDetailResponse } from '../dto/module.dto';
import { receiveArchive } from './archive-upload';
import { contentDisposition, ModuleExportService } from './module-export.service';
import { ModuleImportService } from './module-import.service';

const Id = new ParseUUIDPipe();

export class ExportQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The version to export; default the published one, else the draft.',
  })
  @IsOptional()
  @IsUUID()
  version?: string;
}

@ApiTags('catalog')
@Controller('catalog/modules')
export class ExchangeController {
  constructor(
    private readonly exports: ModuleExportService,
    private readonly imports: ModuleImportService,
    private readonly queries: CatalogQueries,
    @Inject(CATALOG_OPTIONS) private readonly options: CatalogOptions,
  ) {}

  @Get(':id/export')
  @RequirePermission(Permission.CatalogAuthor)
  @ApiOperation({ summary: 'A version of the module as a module archive (ZIP: module.json, media.json, media/)' })
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'The module archive.', schema: { type: 'string', format: 'binary' } })
  async export(@Param('id', Id) id: string, @Query() query: ExportQuery): Promise<StreamableFile> {
    const archive = await this.exports.export(id, query.version);
    return new StreamableFile(archive.stream, {
      type: 'application/zip',
      disposition: contentDisposition(archive.fileName),
    });
  }

  @Post('import')
  @HttpCode(201)
  @RequirePermission(Permission.CatalogAuthor)
  @ApiOperation({
    summary: 'A module archive as a new module with a draft; 422 lists every problem with its place, importing nothing',
  })
  @ApiConsumes('application/zip')
  @ApiBody({ description: 'The module archive, as exported.', schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: ModuleDetailResponse })
  async import(@Req() request: Request, @CurrentActor() actor: Actor): Promise<ModuleDetailResponse> {
    const archive = await receiveArchive(request, this.options.importMaxBytes);
    try {
      const moduleId = await this.imports.import(archive.path, actor);
      return this.queries.detail(moduleId);
    } finally {
      await archive.dispose();
    }
  }
}
