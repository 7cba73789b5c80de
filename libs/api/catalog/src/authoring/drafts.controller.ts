import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { CatalogQueries } from '../catalog.queries';
import { ModuleDetailResponse } from '../dto/module.dto';
import { PublishDto, SaveDraftDto, VersionContentResponse } from '../dto/version.dto';
import { DraftService } from './draft.service';

const Id = new ParseUUIDPipe();

@ApiTags('catalog')
@Controller('catalog/modules/:id/draft')
export class DraftsController {
  constructor(
    private readonly drafts: DraftService,
    private readonly queries: CatalogQueries,
  ) {}

  @Post()
  @HttpCode(200)
  @RequirePermission(Permission.CatalogAuthor)
  @ApiOperation({ summary: 'Edit the module: its draft, or a new one made from the published version' })
  @ApiOkResponse({ type: VersionContentResponse })
  async open(@Param('id', Id) id: string, @CurrentActor() actor: Actor): Promise<VersionContentResponse> {
    const draft = await this.drafts.open(id, actor);
    return this.queries.version(id, draft.id);
  }

  @Put()
  @RequirePermission(Permission.CatalogAuthor)
  @ApiOperation({ summary: 'Save the whole draft; 409 when someone else saved it since `revision`' })
  @ApiOkResponse({ type: VersionContentResponse })
  async save(
    @Param('id', Id) id: string,
    @Body() body: SaveDraftDto,
    @CurrentActor() actor: Actor,
  ): Promise<VersionContentResponse> {
    const draft = await this.drafts.save(id, body, actor);
    return this.queries.version(id, draft.id);
  }

  @Delete()
  @HttpCode(204)
  @RequirePermission(Permission.CatalogAuthor)
  @ApiOperation({ summary: 'Throw the draft away; the published version stays as it is' })
  @ApiNoContentResponse()
  discard(@Param('id', Id) id: string): Promise<void> {
    return this.drafts.discard(id);
  }

  @Post('publish')
  @HttpCode(200)
  @RequirePermission(Permission.CatalogPublish)
  @ApiOperation({ summary: 'Publish the draft as the version learners take from now on' })
  @ApiOkResponse({ type: ModuleDetailResponse })
  async publish(
    @Param('id', Id) id: string,
    @Body() body: PublishDto,
    @CurrentActor() actor: Actor,
  ): Promise<ModuleDetailResponse> {
    await this.drafts.publish(id, body, actor);
    return this.queries.detail(id);
  }
}
