import { Injectable } from '@nestjs/common';
import { AuditLog } from '@larnav/api/audit';
import { CatalogQueries } from '@larnav/api/catalog';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { ProblemCode } from '@larnav/contracts';

@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly db: TenantDb,
    private readonly catalog: CatalogQueries,
    private readonly audit: AuditLog,
  ) {}

  /** All named people or none: one statement, in one transaction, after checking each exists here. */
  async enrol(moduleId: string, personIds: string[], dueDate: string | null, actor: Actor): Promise<number> {
    const module = (await this.catalog.published()).find((m) => m.id === moduleId);
    if (!module) throw DomainError.notFound(ProblemCode.ModuleNotFound, `No published module with id ${moduleId}.`);
    const people = [...new Set(personIds)];
    return this.db.transaction(async (em) => {
      const found: { id: string }[] = await em.query(`SELECT id FROM person WHERE id = ANY($1::uuid[])`, [people]);
      const missing = people.filter((id) => !found.some((f) => f.id === id));
      if (missing.length > 0)
        throw DomainError.notFound(ProblemCode.PersonNotFound, `No person with id ${missing.join(', ')}.`);
      const [by] = actor.personId ? await em.query(`SELECT name FROM person WHERE id = $1`, [actor.personId]) : [];
      const reason = by ? `Tilldelad av ${by.name}` : 'Tilldelad';
      await em.query(
        `INSERT INTO enrolment (tenant_id, person_id, module_id, due_date, reason, enrolled_by)
         SELECT $1, p, $2, $3, $4, $5 FROM unnest($6::uuid[]) AS p
         ON CONFLICT (tenant_id, person_id, module_id) DO UPDATE SET due_date = EXCLUDED.due_date, reason = EXCLUDED.reason`,
        [this.db.tenantId(), moduleId, dueDate, reason, actor.personId, people],
      );
      await this.audit.record({
        action: 'enrolled',
        actor,
        target: { type: 'module', id: moduleId },
        details: { people: people.length, dueDate },
      });
      return people.length;
    });
  }
}
