import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
  UseInterceptors,
} from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, CurrentActor, RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { groupResource, ScimGroupsService } from './scim-groups.service';
import {
  baseUrlOf,
  callOf,
  listResponse,
  paging,
  ScimContentType,
  ScimGroupBody,
  ScimListQuery,
  ScimPatchBody,
  textQuery,
} from './scim-http';

/** `excludedAttributes=members` (Entra ID asks so) and `attributes` without members leave them out. */
function wantsMembers(query: Record<string, unknown>): boolean {
  const names = (value: unknown) => (textQuery(value) ?? '').split(',').map((s) => s.trim().toLowerCase());
  if (names(query['excludedAttributes']).includes('members')) return false;
  const attributes = textQuery(query['attributes']);
  return attributes === undefined || attributes.trim() === '' || names(attributes).includes('members');
}

/** SCIM 2.0 Groups: membership kept so that it round-trips. */
@ApiTags('scim')
@Controller('scim/v2/Groups')
@UseInterceptors(ScimContentType)
export class ScimGroupsController {
  constructor(private readonly groups: ScimGroupsService) {}

  @Get()
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: list groups, with a filter and paging' })
  @ScimListQuery()
  async list(@Query() query: Record<string, unknown>, @Req() request: Request) {
    const { startIndex, count } = paging(query['startIndex'], query['count']);
    const page = await this.groups.list(textQuery(query['filter']), startIndex, count, wantsMembers(query));
    const base = baseUrlOf(request);
    return listResponse(
      page.total,
      startIndex,
      page.groups.map((g) => groupResource(g, base)),
    );
  }

  @Get(':id')
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: one group' })
  @ApiQuery({ name: 'excludedAttributes', required: false, schema: { type: 'string', maxLength: 200 } })
  async get(@Param('id') id: string, @Query() query: Record<string, unknown>, @Req() request: Request) {
    return groupResource(await this.groups.get(id, wantsMembers(query)), baseUrlOf(request));
  }

  @Post()
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: create a group' })
  @ScimGroupBody()
  async create(
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const resource = groupResource(await this.groups.create(body, callOf(actor, request)), baseUrlOf(request));
    response.location(String((resource['meta'] as { location: string }).location));
    return resource;
  }

  @Put(':id')
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: replace a group' })
  @ScimGroupBody()
  async replace(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() request: Request) {
    return groupResource(await this.groups.replace(id, body, callOf(actor, request)), baseUrlOf(request));
  }

  @Patch(':id')
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: change a group: its name, members added or removed' })
  @ScimPatchBody()
  async patch(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() request: Request) {
    // Entra ID takes a 204 or a 200 with the group; the group is more useful to anyone else.
    return groupResource(await this.groups.patch(id, body, callOf(actor, request)), baseUrlOf(request));
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: delete a group (its members stay)' })
  async remove(@Param('id') id: string, @CurrentActor() actor: Actor, @Req() request: Request): Promise<void> {
    await this.groups.remove(id, callOf(actor, request));
  }
}
