import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { CatalogQueries } from '../catalog.queries';
import {
  CreateModuleDto,
  ModuleDetailResponse,
  ModuleListResponse,
  SharingDto,
  UpdateModuleDto,
} from '../dto/module.dto';
import { VersionContentResponse } from '../dto/version.dto';
import { ModuleService } from './module.service';

const Id = new ParseUUIDPipe();

@ApiTags('catalog')
@Controller('catalog')
export class ModulesController {
  constructor(
    private readonly modules: ModuleService,
    private readonly queries: CatalogQueries,
  ) {}

  @Get('modules')
  @RequirePermission(Permission.CatalogAuthor)
  @ApiOperation({ summary: "This municipality's modules, most recently changed first" })
  @ApiOkResponse({ type: ModuleListResponse })
  async list(): Promise<ModuleListResponse> {
    return { modules: await this.queries.list() };
  }

  @Get('shared-modules')
  @RequirePermission(Permission.CatalogAuthor)
  @ApiOperation({ summary: 'Modules the other municipalities of the region share' })
  @ApiOkResponse({ type: ModuleListResponse })
  async shared(): Promise<ModuleListResponse> {
    return { modules: await this.queries.sharedByOthers() };
  }

  @Post('modules')
  @RequirePermission(Permission.CatalogAuthor)
  @ApiOperation({ summary: 'Create a module with its first draft' })
  @ApiCreatedResponse({ type: ModuleDetailResponse })
  async create(@Body() body: CreateModuleDto, @CurrentActor() actor: Actor): Promise<ModuleDetailResponse> {
    const module = await this.modules.create(body, actor);
    return this.queries.detail(module.id);
  }

  @Get('modules/:id')
  @RequirePermission(Permission.CatalogAuthor)
  @ApiOperation({ summary: 'A module with its version history; a shared one of another municipality read-only' })
  @ApiOkResponse({ type: ModuleDetailResponse })
  detail(@Param('id', Id) id: string): Promise<ModuleDetailResponse> {
    return this.queries.detail(id);
  }

  @Patch('modules/:id')
  @RequirePermission(Permission.CatalogAuthor)
  @ApiOperation({ summary: "Change a module's tags or owner" })
  @ApiOkResponse({ type: ModuleDetailResponse })
  async update(@Param('id', Id) id: string, @Body() body: UpdateModuleDto): Promise<ModuleDetailResponse> {
    await this.modules.update(id, body);
    return this.queries.detail(id);
  }

  @Put('modules/:id/sharing')
  @RequirePermission(Permission.CatalogShare)
  @ApiOperation({ summary: "Share a module with the region's other municipalities, or keep it private" })
  @ApiOkResponse({ type: ModuleDetailResponse })
  async share(
    @Param('id', Id) id: string,
    @Body() body: SharingDto,
    @CurrentActor() actor: Actor,
  ): Promise<ModuleDetailResponse> {
    await this.modules.setSharing(id, body.sharing, actor);
    return this.queries.detail(id);
  }

  @Post('modules/:id/copy')
  @RequirePermission(Permission.CatalogAuthor)
  @ApiOperation({ summary: "Copy another municipality's shared module into this one, to adapt" })
  @ApiCreatedResponse({ type: ModuleDetailResponse })
  async copy(@Param('id', Id) id: string, @CurrentActor() actor: Actor): Promise<ModuleDetailResponse> {
    const copy = await this.modules.copyShared(id, actor);
    return this.queries.detail(copy.id);
  }

  @Get('modules/:id/versions/:versionId')
  @RequirePermission(Permission.CatalogAuthor)
  @ApiOperation({ summary: "A version's whole content: lessons and blocks" })
  @ApiOkResponse({ type: VersionContentResponse })
  version(@Param('id', Id) id: string, @Param('versionId', Id) versionId: string): Promise<VersionContentResponse> {
    return this.queries.version(id, versionId);
  }
}
