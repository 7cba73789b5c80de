import { Injectable } from '@nestjs/common';
import { AuditLog } from '@larnav/api/audit';
import { Actor, DomainError, orgScope } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { Permission, ProblemCode } from '@larnav/contracts';
import { assertPersonInScope } from '@larnav/api/org';
import { Exemption } from '../entities/exemption.entity';
import type { ExemptDto, ExemptionResponse } from './exemptions.controller';

/** HR excuses people from requirements for a while; an HR officer only within the subtrees they answer for. */
@Injectable()
export class ExemptionsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditLog,
  ) {}

  exempt(input: ExemptDto, actor: Actor): Promise<ExemptionResponse> {
    if (input.validTo < input.validFrom) {
      throw DomainError.unprocessable(
        ProblemCode.EmploymentEndsBeforeStart,
        `The exemption ends before it starts (${input.validFrom}).`,
      );
    }
    return this.db.transaction(async (em) => {
      const [person] = await em.query(`SELECT 1 FROM person WHERE id = $1`, [input.personId]);
      if (!person) throw DomainError.notFound(ProblemCode.PersonNotFound, `No person with id ${input.personId}.`);
      await assertPersonInScope(em, input.personId, orgScope(actor, Permission.ComplianceExempt));
      const exemption = await em.save(
        em.create(Exemption, {
          tenantId: this.db.tenantId(),
          personId: input.personId,
          moduleId: input.moduleId,
          reason: input.reason.trim(),
          validFrom: input.validFrom,
          validTo: input.validTo,
          grantedBy: actor.personId,
        }),
      );
      await this.audit.record({
        action: 'exemption-granted',
        actor,
        target: { type: 'person', id: input.personId },
        details: { moduleId: input.moduleId, validFrom: input.validFrom, validTo: input.validTo },
      });
      return response(exemption);
    });
  }

  end(id: string, lastDay: string, actor: Actor): Promise<ExemptionResponse> {
    return this.db.transaction(async (em) => {
      const exemption = await em.findOneBy(Exemption, { id });
      if (!exemption) throw DomainError.notFound(ProblemCode.NotFound, `No exemption with id ${id}.`);
      await assertPersonInScope(em, exemption.personId, orgScope(actor, Permission.ComplianceExempt));
      if (lastDay < exemption.validFrom) {
        throw DomainError.unprocessable(
          ProblemCode.EmploymentEndsBeforeStart,
          `The exemption starts on ${exemption.validFrom}.`,
        );
      }
      exemption.validTo = lastDay < exemption.validTo ? lastDay : exemption.validTo;
      await em.save(exemption);
      await this.audit.record({
        action: 'exemption-ended',
        actor,
        target: { type: 'person', id: exemption.personId },
        details: { lastDay },
      });
      return response(exemption);
    });
  }
}

function response(e: Exemption): ExemptionResponse {
  return {
    id: e.id,
    personId: e.personId,
    moduleId: e.moduleId,
    reason: e.reason,
    validFrom: e.validFrom,
    validTo: e.validTo,
  };
}
