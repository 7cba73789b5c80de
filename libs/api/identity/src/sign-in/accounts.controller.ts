import { Controller, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AuditLog } from '@larnav/api/audit';
import { Actor, CurrentActor, RequirePermission } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { EmploymentService, Person } from '@larnav/api/org';
import { Permission } from '@larnav/contracts';
import { SessionRegistry } from '../session/session-registry';
import { originOf } from './session-establisher';

/**
 * Whether a person may sign in. Deactivating ends every session of theirs at once; SCIM and
 * the HR import will call the same.
 */
@ApiTags('people')
@Controller('people/:id')
export class AccountsController {
  constructor(
    private readonly db: TenantDb,
    private readonly people: EmploymentService,
    private readonly sessions: SessionRegistry,
    private readonly audit: AuditLog,
  ) {}

  @Post('deactivate')
  @HttpCode(204)
  @RequirePermission(Permission.PeopleManage)
  @ApiOperation({ summary: 'Stop a person from signing in and end their sessions now' })
  @ApiNoContentResponse()
  async deactivate(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    await this.setActive(id, false, actor, request);
    await this.sessions.endAllFor(id);
  }

  @Post('reactivate')
  @HttpCode(204)
  @RequirePermission(Permission.PeopleManage)
  @ApiOperation({ summary: 'Let a person sign in again' })
  @ApiNoContentResponse()
  async reactivate(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    await this.setActive(id, true, actor, request);
  }

  private setActive(id: string, active: boolean, actor: Actor, request: Request) {
    return this.db.transaction(async (em) => {
      const person = await this.people.person(em, id);
      await em.update(Person, { id: person.id }, { active });
      await this.audit.record({
        action: active ? 'person-reactivated' : 'person-deactivated',
        actor,
        target: { type: 'person', id },
        origin: originOf(request),
      });
    });
  }
}
