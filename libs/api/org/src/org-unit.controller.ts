import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, AtQuery, CurrentActor, orgScope, RequirePermission, resolveAt } from '@larnav/api/common';
import { calendarDateAt, Permission } from '@larnav/contracts';
import { UnitPeopleResponse } from './dto/employment.dto';
import {
  CreateOrgUnitDto,
  MoveOrgUnitDto,
  OrgTreeResponse,
  OrgUnitResponse,
  OrgUnitWithHeadCountResponse,
  UpdateOrgUnitDto,
} from './dto/org-unit.dto';
import { UnitPeopleQuery } from './dto/paging.dto';
import { OrgUnitService, toResponse } from './org-unit.service';
import { PeopleQueries } from './people.queries';
import { SetUnitManagerDto, UnitManagerResponse } from './team/unit-manager.dto';
import { UnitManagerService } from './team/unit-manager.service';

const Id = new ParseUUIDPipe();

@ApiTags('organisation')
@Controller('org-units')
export class OrgUnitController {
  constructor(
    private readonly units: OrgUnitService,
    private readonly people: PeopleQueries,
    private readonly managers: UnitManagerService,
  ) {}

  @Get('tree')
  @RequirePermission(Permission.OrgRead)
  @ApiOperation({ summary: 'The tree with head counts on a date (an HR officer: their subtrees)' })
  @ApiOkResponse({ type: OrgTreeResponse })
  tree(@Query() query: AtQuery, @CurrentActor() actor: Actor): Promise<OrgTreeResponse> {
    return this.units.tree(resolveAt(query.at), orgScope(actor, Permission.OrgRead));
  }

  @Get(':id')
  @RequirePermission(Permission.OrgRead)
  @ApiOperation({ summary: 'One unit with the head count of its subtree on a date' })
  @ApiOkResponse({ type: OrgUnitWithHeadCountResponse })
  one(
    @Param('id', Id) id: string,
    @Query() query: AtQuery,
    @CurrentActor() actor: Actor,
  ): Promise<OrgUnitWithHeadCountResponse> {
    return this.units.withHeadCount(id, resolveAt(query.at), orgScope(actor, Permission.OrgRead));
  }

  @Get(':id/people')
  @RequirePermission(Permission.PeopleRead)
  @ApiOperation({ summary: 'The people employed in the subtree on a date' })
  @ApiOkResponse({ type: UnitPeopleResponse })
  peopleInSubtree(
    @Param('id', Id) id: string,
    @Query() query: UnitPeopleQuery,
    @CurrentActor() actor: Actor,
  ): Promise<UnitPeopleResponse> {
    const page = { limit: query.limit ?? 200, offset: query.offset ?? 0 };
    return this.people.inSubtree(id, resolveAt(query.at), page, orgScope(actor, Permission.PeopleRead));
  }

  @Post()
  @RequirePermission(Permission.OrgManage)
  @ApiOperation({ summary: 'Create a unit under a parent' })
  @ApiCreatedResponse({ type: OrgUnitResponse })
  async create(@Body() body: CreateOrgUnitDto): Promise<OrgUnitResponse> {
    return toResponse(await this.units.create(body));
  }

  @Patch(':id')
  @RequirePermission(Permission.OrgManage)
  @ApiOperation({ summary: 'Rename a unit or change its code' })
  @ApiOkResponse({ type: OrgUnitResponse })
  async update(@Param('id', Id) id: string, @Body() body: UpdateOrgUnitDto): Promise<OrgUnitResponse> {
    return toResponse(await this.units.update(id, body));
  }

  @Post(':id/move')
  @RequirePermission(Permission.OrgManage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a unit, with its subtree, under another parent' })
  @ApiOkResponse({ type: OrgUnitResponse })
  async move(@Param('id', Id) id: string, @Body() body: MoveOrgUnitDto): Promise<OrgUnitResponse> {
    return toResponse(await this.units.move(id, body.parentId));
  }

  @Put(':id/manager')
  @RequirePermission(Permission.OrgManage)
  @ApiOperation({
    summary: "Name the unit's chef (enhetschef), or remove them with null",
    description: "The chef's team (Mitt team) is everyone placed in the unit's whole subtree. Audited.",
  })
  @ApiOkResponse({ type: UnitManagerResponse })
  setManager(
    @Param('id', Id) id: string,
    @Body() body: SetUnitManagerDto,
    @CurrentActor() actor: Actor,
  ): Promise<UnitManagerResponse> {
    return this.managers.set(id, body.personId, actor);
  }

  @Post(':id/archive')
  @RequirePermission(Permission.OrgManage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a unit that no longer exists; its history stays' })
  @ApiOkResponse({ type: OrgUnitResponse })
  async archive(@Param('id', Id) id: string): Promise<OrgUnitResponse> {
    return toResponse(await this.units.archive(id, calendarDateAt(new Date())));
  }
}
