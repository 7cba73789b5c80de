import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Actor, CurrentActor, RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { HrImportApply } from './apply/hr-import.job';
import {
  ChangesPageResponse,
  ChangesQuery,
  HrImportDetailResponse,
  HrImportResponse,
  RemapBody,
  RememberedMappingResponse,
  UploadQuery,
} from './dto/hr-import.dto';
import { receiveHrFile } from './file/receive-file';
import { HrImportService } from './hr-import.service';
import { IMPORT_FIELDS } from './mapping/column-mapping';

const Id = new ParseUUIDPipe();

/** The HR-system import: an admin's, since one file changes the whole municipality's staff. */
@ApiTags('hr-import')
@Controller('hr-imports')
export class HrImportController {
  constructor(
    private readonly imports: HrImportService,
    private readonly apply: HrImportApply,
  ) {}

  @Post()
  @HttpCode(201)
  @RequirePermission(Permission.PeopleManage)
  @ApiOperation({
    summary: 'Upload an HR-system file (CSV or XLSX) and get its dry run; nothing about anyone changes yet',
  })
  @ApiConsumes('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiBody({ description: 'The file itself.', schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: HrImportDetailResponse })
  async upload(
    @Req() request: Request,
    @Query() query: UploadQuery,
    @CurrentActor() actor: Actor,
  ): Promise<HrImportDetailResponse> {
    return this.imports.upload(query.fileName, await receiveHrFile(request), actor);
  }

  @Get()
  @RequirePermission(Permission.PeopleManage)
  @ApiOperation({ summary: 'The municipality’s imports, newest first' })
  @ApiOkResponse({ type: [HrImportResponse] })
  list(): Promise<HrImportResponse[]> {
    return this.imports.list();
  }

  @Get('mapping')
  @RequirePermission(Permission.PeopleManage)
  @ApiOperation({ summary: 'The column mapping remembered from the last applied import' })
  @ApiOkResponse({ type: RememberedMappingResponse })
  async mapping(): Promise<RememberedMappingResponse> {
    return { mapping: await this.imports.remembered(), fields: [...IMPORT_FIELDS] };
  }

  @Get(':id')
  @RequirePermission(Permission.PeopleManage)
  @ApiOperation({ summary: 'One import: its status, progress while applying, mapping and dry-run summary' })
  @ApiOkResponse({ type: HrImportDetailResponse })
  get(@Param('id', Id) id: string): Promise<HrImportDetailResponse> {
    return this.imports.detail(id);
  }

  @Get(':id/changes')
  @RequirePermission(Permission.PeopleManage)
  @ApiOperation({ summary: 'The dry run’s changes and skipped rows, a page at a time' })
  @ApiOkResponse({ type: ChangesPageResponse })
  changes(@Param('id', Id) id: string, @Query() query: ChangesQuery): Promise<ChangesPageResponse> {
    return this.imports.changes(id, query.kind, query.limit ?? 100, query.offset ?? 0);
  }

  @Put(':id/mapping')
  @RequirePermission(Permission.PeopleManage)
  @ApiOperation({ summary: 'Choose the columns again, and run the dry run again with them (also after a stale one)' })
  @ApiOkResponse({ type: HrImportDetailResponse })
  remap(@Param('id', Id) id: string, @Body() body: RemapBody): Promise<HrImportDetailResponse> {
    return this.imports.remap(id, { ...body.mapping });
  }

  @Post(':id/apply')
  @HttpCode(202)
  @RequirePermission(Permission.PeopleManage)
  @ApiOperation({
    summary: 'Apply the dry run, all or nothing, as a job; poll the import for its progress',
  })
  @ApiAcceptedResponse({ type: HrImportDetailResponse })
  applyImport(@Param('id', Id) id: string, @CurrentActor() actor: Actor): Promise<HrImportDetailResponse> {
    return this.apply.request(id, actor);
  }
}
