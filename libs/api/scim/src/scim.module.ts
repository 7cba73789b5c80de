import { Module } from '@nestjs/common';
import { AuditModule } from '@larnav/api/audit';
import { DbModule } from '@larnav/api/db';
import { SessionRegistry } from '@larnav/api/identity';
import { OrgModule } from '@larnav/api/org';
import { ScimGroup, ScimGroupMember } from './entities/scim-group.entity';
import { ScimDiscoveryController } from './scim-discovery.controller';
import { ScimGroupsController } from './scim-groups.controller';
import { ScimGroupsService } from './scim-groups.service';
import { ScimUsersController } from './scim-users.controller';
import { ScimUsersService } from './scim-users.service';

export const SCIM_ENTITIES = [ScimGroup, ScimGroupMember];

/**
 * SCIM 2.0 at /scim/v2 for the identity system (Entra ID): Users become people and their
 * employments, Groups keep their members. Callers are integration tokens with the scim scope.
 */
@Module({
  imports: [DbModule, OrgModule, AuditModule],
  controllers: [ScimDiscoveryController, ScimUsersController, ScimGroupsController],
  // SessionRegistry holds no state: this module's own instance ends sessions like identity's.
  providers: [ScimUsersService, ScimGroupsService, SessionRegistry],
})
export class ScimModule {}
