import { Controller, Get, Param, Req, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { ScimError } from './scim-error';
import { baseUrlOf, listResponse, ScimContentType } from './scim-http';
import { resourceTypes, schemas, serviceProviderConfig } from './scim-schemas';

/** What this SCIM service provider supports (RFC 7644 §4). */
@ApiTags('scim')
@Controller('scim/v2')
@UseInterceptors(ScimContentType)
export class ScimDiscoveryController {
  @Get('ServiceProviderConfig')
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: what this service provider supports' })
  config(@Req() request: Request) {
    return serviceProviderConfig(baseUrlOf(request));
  }

  @Get('ResourceTypes')
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: the resource types (User, Group)' })
  resourceTypes(@Req() request: Request) {
    const types = resourceTypes(baseUrlOf(request));
    return listResponse(types.length, 1, types);
  }

  @Get('ResourceTypes/:id')
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: one resource type' })
  resourceType(@Param('id') id: string, @Req() request: Request) {
    const found = resourceTypes(baseUrlOf(request)).find((t) => t.id.toLowerCase() === id.toLowerCase());
    if (!found) throw ScimError.noSuch(`No resource type ${id}.`);
    return found;
  }

  @Get('Schemas')
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: the schemas and the attributes understood' })
  schemas(@Req() request: Request) {
    const all = schemas(baseUrlOf(request));
    return listResponse(all.length, 1, all);
  }

  @Get('Schemas/:id')
  @RequirePermission(Permission.Scim)
  @ApiOperation({ summary: 'SCIM: one schema' })
  schema(@Param('id') id: string, @Req() request: Request) {
    const found = schemas(baseUrlOf(request)).find((s) => s.id.toLowerCase() === id.toLowerCase());
    if (!found) throw ScimError.noSuch(`No schema ${id}.`);
    return found;
  }
}
