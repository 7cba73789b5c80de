import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, RequirePermission } from '@larnav/api/common';
import { Permission } from '@larnav/contracts';
import { GrantRoleDto, RoleGrantResponse } from '../dto/admin.dto';
import { RoleGrantsService } from './role-grants.service';

@ApiTags('admin')
@Controller('admin/role-grants')
export class RoleGrantsController {
  constructor(private readonly grants: RoleGrantsService) {}

  @Get()
  @RequirePermission(Permission.RolesManage)
  @ApiOperation({ summary: 'Every role held, from the IdP or granted here' })
  @ApiOkResponse({ type: [RoleGrantResponse] })
  list(): Promise<RoleGrantResponse[]> {
    return this.grants.list();
  }

  @Post()
  @RequirePermission(Permission.RolesManage)
  @ApiOperation({ summary: 'Grant a role (HR with the unit whose subtree it covers)' })
  @ApiCreatedResponse({ type: RoleGrantResponse })
  grant(@Body() body: GrantRoleDto, @CurrentActor() actor: Actor): Promise<RoleGrantResponse> {
    return this.grants.grant(body, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.RolesManage)
  @ApiOperation({ summary: 'Revoke a role granted here (IdP roles follow the IdP)' })
  revoke(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.grants.revoke(id, actor);
  }
}
