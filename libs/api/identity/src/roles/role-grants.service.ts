import { Injectable } from '@nestjs/common';
import { AuditLog } from '@larnav/api/audit';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { EmploymentService, OrgUnitService } from '@larnav/api/org';
import { ProblemCode, Role } from '@larnav/contracts';
import { GrantRoleDto, RoleGrantResponse } from '../dto/admin.dto';
import { RoleGrant } from '../entities';

/** Grants with the names an admin reads them by. */
const GRANTS = `
  SELECT g.id, g.person_id AS "personId", p.name AS "personName", g.role, g.org_unit_id AS "orgUnitId",
         u.name AS "orgUnitName", g.source
    FROM role_grant g JOIN person p ON p.id = g.person_id LEFT JOIN org_unit u ON u.id = g.org_unit_id`;

/** Roles granted in Lärnav by an admin, beside those the IdP gives at sign-in. */
@Injectable()
export class RoleGrantsService {
  constructor(
    private readonly db: TenantDb,
    private readonly people: EmploymentService,
    private readonly units: OrgUnitService,
    private readonly audit: AuditLog,
  ) {}

  list(): Promise<RoleGrantResponse[]> {
    return this.db.transaction((em) => em.query(`${GRANTS} ORDER BY p.name, g.role, u.name`));
  }

  grant(input: GrantRoleDto, actor: Actor): Promise<RoleGrantResponse> {
    return this.db.transaction(async (em) => {
      await this.people.person(em, input.personId);
      const orgUnitId = input.role === Role.Hr ? (input.orgUnitId ?? null) : null;
      if (orgUnitId) await this.units.unit(em, orgUnitId);
      const grant = await em.save(
        em.create(RoleGrant, {
          tenantId: this.db.tenantId(),
          personId: input.personId,
          role: input.role,
          orgUnitId,
          source: 'admin',
          grantedBy: actor.personId,
        }),
      );
      await this.audit.record({
        action: 'role-granted',
        actor,
        target: { type: 'person', id: input.personId },
        details: { role: input.role, orgUnitId },
      });
      const [made]: RoleGrantResponse[] = await em.query(`${GRANTS} WHERE g.id = $1`, [grant.id]);
      return made;
    });
  }

  revoke(id: string, actor: Actor): Promise<void> {
    return this.db.transaction(async (em) => {
      const grant = await em.findOneBy(RoleGrant, { id, source: 'admin' });
      if (!grant)
        throw DomainError.notFound(ProblemCode.RoleGrantNotFound, `No role grant made in Lärnav with id ${id}.`);
      await em.delete(RoleGrant, { id });
      await this.audit.record({
        action: 'role-revoked',
        actor,
        target: { type: 'person', id: grant.personId },
        details: { role: grant.role, orgUnitId: grant.orgUnitId },
      });
    });
  }
}
