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
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, CurrentActor, RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import {
  baseUrlOf,
  callOf,
  listResponse,
  paging,
  ScimContentType,
  ScimListQuery,
  ScimPatchBody,
  ScimUserBody,
  textQuery,
} from './scim-http';
import { userResource } from './scim-user.mapper';
import { ScimUsersService } from './scim-users.service';

/** SCIM 2.0 Users (RFC 7644 §3), as Microsoft Entra ID's provisioning service calls them. */
@ApiTags('scim')
@Controller('scim/v2/Users')
@UseInterceptors(ScimContentType)
export class ScimUsersController {
  constructor(private readonly users: ScimUsersService) {}

  @Get()
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: list users, with a filter and paging' })
  @ScimListQuery()
  async list(@Query() query: Record<string, unknown>, @Req() request: Request) {
    const { startIndex, count } = paging(query['startIndex'], query['count']);
    const page = await this.users.list(textQuery(query['filter']), startIndex, count);
    const base = baseUrlOf(request);
    return listResponse(
      page.total,
      startIndex,
      page.users.map((u) => userResource(u, base)),
    );
  }

  @Get(':id')
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: one user' })
  async get(@Param('id') id: string, @Req() request: Request) {
    return userResource(await this.users.get(id), baseUrlOf(request));
  }

  @Post()
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: create a user' })
  @ScimUserBody()
  async create(
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const resource = userResource(await this.users.create(body, callOf(actor, request)), baseUrlOf(request));
    response.location(String((resource['meta'] as { location: string }).location));
    return resource;
  }

  @Put(':id')
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: replace a user' })
  @ScimUserBody()
  async replace(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() request: Request) {
    return userResource(await this.users.replace(id, body, callOf(actor, request)), baseUrlOf(request));
  }

  @Patch(':id')
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: change a user (add, replace, remove)' })
  @ScimPatchBody()
  async patch(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor, @Req() request: Request) {
    const base = baseUrlOf(request);
    return userResource(await this.users.patch(id, body, callOf(actor, request), base), base);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: delete a user (their history stays)' })
  async remove(@Param('id') id: string, @CurrentActor() actor: Actor, @Req() request: Request): Promise<void> {
    await this.users.remove(id, callOf(actor, request));
  }
}
