import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditLog } from '@larnav/api/audit';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';
import { OrgUnit } from '../entities/org-unit.entity';
import { Person } from '../entities/person.entity';
import { UnitManagerResponse } from './unit-manager.dto';

/** An admin names a unit's chef (or removes them); the change is in the audit log. */
@Injectable()
export class UnitManagerService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditLog,
  ) {}

  set(orgUnitId: string, personId: string | null, actor: Actor): Promise<UnitManagerResponse> {
    return this.db.transaction(async (em) => {
      const unit = await em.findOneBy(OrgUnit, { id: orgUnitId });
      if (!unit) throw DomainError.notFound(ProblemCode.OrgUnitNotFound, `No org unit with id ${orgUnitId}.`);
      if (personId !== null) {
        const person = await em.findOneBy(Person, { id: personId });
        if (!person || person.deprovisionedAt) {
          throw DomainError.notFound(ProblemCode.PersonNotFound, `No person with id ${personId}.`);
        }
      }
      const previous = unit.managerId;
      await em.update(OrgUnit, { id: unit.id }, { managerId: personId });
      await this.audit.record({
        action: 'unit-manager-set',
        actor,
        target: { type: 'org-unit', id: unit.id },
        details: { managerId: personId, previousManagerId: previous },
      });
      return unitManager(em, unit.id);
    });
  }
}

/** A unit's chef, as shown on its page. */
export async function unitManager(em: EntityManager, orgUnitId: string): Promise<UnitManagerResponse> {
  const [row]: { id: string | null; name: string | null; email: string | null }[] = await em.query(
    `SELECT p.id, p.name, p.email FROM org_unit u LEFT JOIN person p ON p.id = u.manager_id WHERE u.id = $1`,
    [orgUnitId],
  );
  const manager = row?.id ? { id: row.id, name: row.name ?? '', email: row.email ?? '' } : null;
  return { orgUnitId, manager };
}
