import { EntityManager } from 'typeorm';
import { AuditLog } from '@larnav/api/audit';
import { CatalogQueries } from '@larnav/api/catalog';
import { AssignmentEngine, DueBasis, RulesService } from '@larnav/api/compliance';
import { Actor } from '@larnav/api/common';
import { runWithManager, TenantDb } from '@larnav/api/db';
import { Role } from '@larnav/contracts';
import { addDays } from '../calendar-days';
import { BUSINESS_PERSPECTIVE } from '../content/business-perspective';
import { INFORMATION_SECURITY, NEW_EMPLOYEE } from '../content/everyday-modules';
import { DEMO_ACCOUNTS } from '../demo-accounts';
import { DEMO_HISTORY } from '../demo-municipalities';
import { seededRandom } from '../seeded-random';

export interface DemoRule {
  name: string;
  /** The demo module's title: its id differs in every database. */
  module: string;
  /** The org unit's code; null for everyone in the municipality. */
  targetUnitCode: string | null;
  dueBasis: DueBasis;
  dueDays: number;
  recertifyMonths?: number;
  validFrom: string;
  /** The share of the people it requires it of who have done it by the end of the demo history. */
  completionRate: number;
}

const NEW_STAFF: DemoRule = {
  name: 'Introduktion för alla nyanställda',
  module: NEW_EMPLOYEE.title,
  targetUnitCode: null,
  dueBasis: 'employment-start',
  dueDays: 30,
  validFrom: '2024-01-01',
  completionRate: 0.85,
};
const SECURITY: DemoRule = {
  name: 'Informationssäkerhet varje år',
  module: INFORMATION_SECURITY.title,
  targetUnitCode: null,
  dueBasis: 'rule-start',
  dueDays: 90,
  recertifyMonths: 12,
  validFrom: '2025-01-15',
  completionRate: 0.7,
};

/**
 * What the demo municipalities require, so that My training has due dates and reasons and HR's
 * numbers tell a story on first start: an onboarding rule for everyone, a yearly security
 * refresher, and in Stenungsund the business-perspective training for Samhällsbyggnadsförvaltningen.
 */
export const DEMO_RULES: Record<string, DemoRule[]> = {
  stenungsund: [
    {
      name: 'Företagarperspektiv för myndighetsutövning',
      module: BUSINESS_PERSPECTIVE.title,
      targetUnitCode: 'SBF',
      dueBasis: 'employment-start',
      dueDays: 60,
      recertifyMonths: 36,
      validFrom: '2025-03-01',
      completionRate: 0.65,
    },
    NEW_STAFF,
    SECURITY,
  ],
  tjorn: [NEW_STAFF, SECURITY],
};

/** The demo's named people start with nothing done, so each walkthrough begins from the start. */
const UNTOUCHED = new Set<string>(Object.values(DEMO_ACCOUNTS).map((account) => account.email));

interface Required {
  person_id: string;
  email: string;
  basis_date: string;
}

/**
 * Writes the rules through the rules service, as a trainer would, then completions for a seeded
 * share of the people each rule required it of at the end of the demo history: some on time,
 * some late, none after the history's last day. Completions are written directly, as a record of
 * training taken: the demo has no progress events behind them, and no certificates.
 * Skipped when the municipality has any rule already.
 */
export async function writeDemoRequirements(
  em: EntityManager,
  tenantId: string,
  slug: string,
  author: string | null,
): Promise<void> {
  const rules = DEMO_RULES[slug] ?? [];
  const db = new TenantDb(em.connection);
  const catalog = new CatalogQueries(db);
  const engine = new AssignmentEngine(db, catalog);
  const service = new RulesService(db, engine, catalog, new AuditLog(db));
  const actor: Actor = {
    tenantId,
    personId: author,
    tokenId: null,
    sessionId: null,
    roles: [Role.Trainer],
    permissions: new Set(),
    hrUnitIds: [],
  };
  await runWithManager({ tenantId }, em, async () => {
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM assignment_rule`);
    if (n > 0) return;
    for (const rule of rules) {
      const [module] = await em.query(
        `SELECT v.module_id, v.id AS version_id FROM module_version v
          WHERE v.status = 'published' AND v.title = $1 AND v.tenant_id = $2
          ORDER BY v.number DESC LIMIT 1`,
        [rule.module, tenantId],
      );
      if (!module) continue;
      const [unit] = rule.targetUnitCode
        ? await em.query(`SELECT id FROM org_unit WHERE code = $1`, [rule.targetUnitCode])
        : [null];
      const made = await service.create(
        {
          name: rule.name,
          moduleId: module.module_id,
          targetOrgUnitId: unit?.id,
          dueBasis: rule.dueBasis,
          dueDays: rule.dueDays,
          recertifyMonths: rule.recertifyMonths,
          validFrom: rule.validFrom,
        },
        actor,
      );
      const required = (await engine.requirementsAt(DEMO_HISTORY.to, null)).filter((r) => r.ruleId === made.id);
      const emails: Required[] = await em.query(
        `SELECT r.person_id, p.email, r.basis_date
           FROM jsonb_to_recordset($1::jsonb) AS r(person_id uuid, basis_date text) JOIN person p ON p.id = r.person_id`,
        [JSON.stringify(required.map((r) => ({ person_id: r.personId, basis_date: r.basisDate })))],
      );
      const completions = emails
        .filter((person) => !UNTOUCHED.has(person.email))
        .flatMap((person) => {
          // Seeded by the address, not the id: the same people complete in every database.
          const random = seededRandom(`${slug}:${rule.name}:${person.email}`);
          if (!random.chance(rule.completionRate)) return [];
          const on = addDays(person.basis_date, random.int(0, rule.dueDays + 45));
          return on < DEMO_HISTORY.to ? [{ person_id: person.person_id, on, score: random.int(80, 100) }] : [];
        });
      await em.query(
        `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, score, method)
         SELECT $1, c.person_id, $2, $3, (c.on::date + time '10:00') AT TIME ZONE 'Europe/Stockholm', c.score, 'e-learning'
           FROM jsonb_to_recordset($4::jsonb) AS c(person_id uuid, "on" text, score int)`,
        [tenantId, module.module_id, module.version_id, JSON.stringify(completions)],
      );
    }
  });
}
