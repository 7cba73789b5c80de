import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditLog } from '@larnav/api/audit';
import { CatalogQueries } from '@larnav/api/catalog';
import { Actor, DomainError } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { calendarDateAt, ProblemCode } from '@larnav/contracts';
import { EndRuleDto, RuleInput, RulePreviewResponse, RuleResponse } from '../dto/rule.dto';
import { AssignmentEngine } from '../engine/assignment.engine';
import { AssignmentRule } from '../entities/assignment-rule.entity';

const RULES = `
  SELECT r.id, r.name, r.module_id AS "moduleId", r.target_org_unit_id AS "targetOrgUnitId", u.name AS "targetOrgUnitName",
         r.target_job_role AS "targetJobRole", r.due_basis AS "dueBasis", r.due_days AS "dueDays", r.due_date AS "dueDate",
         r.recertify_months AS "recertifyMonths", r.due_again_days AS "dueAgainDays",
         r.redo_on_significant AS "redoOnSignificant", r.valid_from AS "validFrom", r.valid_to AS "validTo"
    FROM assignment_rule r LEFT JOIN org_unit u ON u.id = r.target_org_unit_id`;

/** Assignment rules: made, previewed before they are made, and ended; never rewritten. */
@Injectable()
export class RulesService {
  constructor(
    private readonly db: TenantDb,
    private readonly engine: AssignmentEngine,
    private readonly catalog: CatalogQueries,
    private readonly audit: AuditLog,
  ) {}

  list(): Promise<RuleResponse[]> {
    return this.withTitles(`${RULES} ORDER BY r.valid_from DESC, r.name`, []);
  }

  private async withTitles(sql: string, parameters: unknown[]): Promise<RuleResponse[]> {
    const [rules, modules] = await Promise.all([
      this.db.transaction((em) => em.query(sql, parameters)),
      this.catalog.published(),
    ]);
    return rules.map((rule: RuleResponse) => ({
      ...rule,
      moduleTitle: modules.find((m) => m.id === rule.moduleId)?.title ?? null,
    }));
  }

  async create(input: RuleInput, actor: Actor): Promise<RuleResponse> {
    await this.checkModule(input.moduleId);
    const id = await this.db.transaction(async (em) => {
      const rule = await this.insert(em, input, actor);
      await this.audit.record({
        action: 'rule-created',
        actor,
        target: { type: 'rule', id: rule.id },
        details: { name: rule.name },
      });
      return rule.id;
    });
    return this.one(id);
  }

  /** What the rule would do today, worked out by the engine itself on a rule that is then rolled back. */
  async preview(input: RuleInput, actor: Actor): Promise<RulePreviewResponse> {
    await this.checkModule(input.moduleId);
    const today = calendarDateAt(new Date());
    return this.db.transaction(async (em) => {
      await em.query('SAVEPOINT rule_preview');
      try {
        const rule = await this.insert(em, input, actor);
        const requirements = (await this.engine.requirementsAt(today, null)).filter((r) => r.ruleId === rule.id);
        const people = new Set(requirements.map((r) => r.personId));
        return {
          people: people.size,
          completed: requirements.filter((r) => r.compliant).length,
          overdue: requirements.filter((r) => !r.compliant && !r.exempt && r.effectiveDue < today).length,
        };
      } finally {
        await em.query('ROLLBACK TO SAVEPOINT rule_preview');
      }
    });
  }

  async end(id: string, input: EndRuleDto, actor: Actor): Promise<RuleResponse> {
    await this.db.transaction(async (em) => {
      const rule = await em.findOneBy(AssignmentRule, { id });
      if (!rule) throw DomainError.notFound(ProblemCode.RuleNotFound, `No assignment rule with id ${id}.`);
      if (input.lastDay < rule.validFrom) {
        throw DomainError.unprocessable(ProblemCode.EmploymentEndsBeforeStart, `The rule starts on ${rule.validFrom}.`);
      }
      rule.validTo = input.lastDay;
      await em.save(rule);
      await this.audit.record({
        action: 'rule-ended',
        actor,
        target: { type: 'rule', id },
        details: { lastDay: input.lastDay },
      });
    });
    return this.one(id);
  }

  private async insert(em: EntityManager, input: RuleInput, actor: Actor): Promise<AssignmentRule> {
    if (input.dueBasis === 'fixed-date' ? !input.dueDate : input.dueDays === undefined) {
      throw new DomainError(400, ProblemCode.ValidationFailed, 'Give dueDate for a fixed date, else dueDays.', [
        { field: input.dueBasis === 'fixed-date' ? 'dueDate' : 'dueDays', message: 'required for this due basis' },
      ]);
    }
    if (input.targetOrgUnitId) {
      const [unit] = await em.query(`SELECT 1 FROM org_unit WHERE id = $1`, [input.targetOrgUnitId]);
      if (!unit) throw DomainError.notFound(ProblemCode.OrgUnitNotFound, `No unit with id ${input.targetOrgUnitId}.`);
    }
    return em.save(
      em.create(AssignmentRule, {
        tenantId: this.db.tenantId(),
        name: input.name.trim(),
        moduleId: input.moduleId,
        targetOrgUnitId: input.targetOrgUnitId ?? null,
        targetJobRole: input.targetJobRole?.trim() ?? null,
        dueBasis: input.dueBasis,
        dueDays: input.dueDays ?? null,
        dueDate: input.dueDate ?? null,
        recertifyMonths: input.recertifyMonths ?? null,
        dueAgainDays: input.dueAgainDays ?? 30,
        redoOnSignificant: input.redoOnSignificant ?? true,
        validFrom: input.validFrom,
        validTo: null,
        createdBy: actor.personId,
      }),
    );
  }

  private async one(id: string): Promise<RuleResponse> {
    const [rule] = await this.withTitles(`${RULES} WHERE r.id = $1`, [id]);
    if (!rule) throw DomainError.notFound(ProblemCode.RuleNotFound, `No assignment rule with id ${id}.`);
    return rule;
  }

  private async checkModule(moduleId: string): Promise<void> {
    if (!(await this.catalog.published()).some((m) => m.id === moduleId)) {
      throw DomainError.notFound(ProblemCode.ModuleNotFound, `No published module with id ${moduleId}.`);
    }
  }
}
