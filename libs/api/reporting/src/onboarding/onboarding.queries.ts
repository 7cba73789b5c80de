import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantDb } from '@larnav/api/db';
import { CoverageEngine, depthFirst, UnitRow } from '../coverage/coverage.engine';
import type { ReportRoots } from '../scope/report-scope';
import { ModuleOnboarding, OnboardingNode } from './onboarding.dto';
import { ONBOARDING, STARTING_PEOPLE } from './onboarding.sql';

type Row = Omit<ModuleOnboarding, 'percentage' | 'moduleId'> & {
  unitId: string;
  moduleId: string | null;
  hires: number;
};

/** Onboarding coverage per unit, each unit with its subtree, from the assignment engine's spans. */
@Injectable()
export class OnboardingQueries {
  constructor(
    private readonly db: TenantDb,
    private readonly coverage: CoverageEngine,
  ) {}

  async per(period: { from: string; to: string }, today: string, roots: ReportRoots, moduleId: string | null) {
    return this.db.transaction(async (em) => {
      const modules = await this.coverage.reportedModules(em, moduleId);
      if (roots !== null && roots.length === 0) return { modules, nodes: [] };
      const people = roots === null ? null : await starters(em, period, roots);
      const rows: Row[] = await em.query(ONBOARDING, [
        people,
        period.from,
        period.to,
        moduleId ? [moduleId] : null,
        roots,
        today,
      ]);
      const byUnit = new Map<string, Row[]>();
      for (const row of rows) byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), row]);
      const units: UnitRow[] = await em.query(
        `SELECT u.id AS "unitId", u.parent_id AS "parentId", u.name, u.code, nlevel(u.path) - 1 AS depth,
                u.archived_at IS NOT NULL AS archived, u.path::text AS path
           FROM org_unit u WHERE u.id = ANY($1::uuid[])`,
        [[...byUnit.keys()]],
      );
      const nodes: OnboardingNode[] = depthFirst(units).map(({ path: _path, ...unit }) => {
        const unitRows = byUnit.get(unit.unitId) ?? [];
        const found = new Map(unitRows.filter((r) => r.moduleId).map((r) => [r.moduleId as string, r]));
        return {
          ...unit,
          hires: unitRows[0]?.hires ?? 0,
          modules: modules.map((m) => moduleOnboarding(m.id, found.get(m.id))),
        };
      });
      return { modules, nodes };
    });
  }
}

export function moduleOnboarding(moduleId: string, row: Row | undefined): ModuleOnboarding {
  const c = row ?? { required: 0, inTime: 0, late: 0, missed: 0, open: 0, exempt: 0 };
  const closed = c.inTime + c.late + c.missed;
  return {
    moduleId,
    required: c.required,
    inTime: c.inTime,
    late: c.late,
    missed: c.missed,
    open: c.open,
    exempt: c.exempt,
    percentage: closed > 0 ? Math.round((c.inTime / closed) * 1000) / 10 : null,
  };
}

async function starters(em: EntityManager, period: { from: string; to: string }, roots: string[]): Promise<string[]> {
  const rows: { person_id: string }[] = await em.query(STARTING_PEOPLE, [period.from, period.to, roots]);
  return rows.map((r) => r.person_id);
}
