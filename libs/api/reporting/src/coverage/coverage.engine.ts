import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CatalogQueries } from '@larnav/api/catalog';
import { AssignmentEngine } from '@larnav/api/compliance';
import { TenantDb } from '@larnav/api/db';
import { calendarDateAt } from '@larnav/contracts';
import { CoverageFacts } from '../facts/coverage-facts';
import { checkpointMonth, FactHorizon, isRolled, rolledStartMonth } from '../facts/fact-months';
import { FACT_PEOPLE, FACT_TREE, FACT_TREE_ROLLED, FACT_TREND } from '../facts/facts-read.sql';
import type { ReportRoots } from '../scope/report-scope';
import { CoverageCounts, CoveragePerson, CoverageStatus, ModuleCoverage, ReportedModule } from './coverage.dto';
import { COVERAGE_PEOPLE, COVERAGE_TREE, COVERAGE_TREND, PLACED_PEOPLE, PLACED_PEOPLE_BETWEEN } from './coverage.sql';
import { CellCounts, TodaysRollup } from './todays-rollup';

export type RawCounts = Omit<CoverageCounts, 'percentage'>;

export interface UnitRow {
  unitId: string;
  parentId: string | null;
  name: string;
  code: string;
  depth: number;
  archived: boolean;
  path: string;
}

export interface CoverageTree {
  modules: ReportedModule[];
  units: UnitRow[];
  /** unit id → module id → counts (absent: nobody in the population). */
  counts: Map<string, Map<string, RawCounts>>;
}

type PersonRow = Omit<CoveragePerson, 'moduleTitle'> & { total: number };

/**
 * The coverage engine: every HR number (the dashboard, the exports, the reporting API, the trend)
 * comes from here, and here from the assignment engine's derivation (coverage.sql.ts), read from
 * the kept facts (facts/) that derivation judged, brought up to date before each read; so a
 * completion, a transfer or a date passing shows at once, and a past date gives the answer as it
 * was. When the facts cannot answer at once (too many people changed a moment ago, or a trend
 * over several disjoint subtrees, where people in two of them must count once) it derives on
 * read, as it did before the facts.
 */
@Injectable()
export class CoverageEngine {
  constructor(
    private readonly db: TenantDb,
    private readonly assignments: AssignmentEngine,
    private readonly catalog: CatalogQueries,
    private readonly facts: CoverageFacts,
    private readonly today: TodaysRollup,
  ) {}

  /**
   * Every unit of the subtrees with its numbers per module on `at`; `onlyPeople` narrows the
   * counts to those people (a manager's team), wherever in the subtrees they work.
   */
  async tree(at: string, roots: ReportRoots, moduleId: string | null, onlyPeople?: string[]): Promise<CoverageTree> {
    const versions = await this.assignments.ruleVersions();
    const horizon = await this.facts.current(versions);
    // Today's tree, the dashboard's first view, is read rolled up already (coverage_rollup).
    const rolledUp = horizon !== null && !onlyPeople && at === calendarDateAt(new Date());
    if (rolledUp) await this.facts.rollupFor(at, horizon);
    // Another day starts from its month's rolled checkpoints when they hold it (coverage_checkpoint_rollup).
    const month = horizon ? checkpointMonth(at, horizon) : null;
    const rolled = horizon !== null && !rolledUp && !onlyPeople ? await this.facts.checkpointRollupFor(horizon) : null;
    const fromRolled = rolledStartMonth(at, month, rolled);
    return this.db.transaction(async (em) => {
      const modules = await this.reportedModules(em, moduleId);
      if (roots !== null && roots.length === 0) return { modules, units: [], counts: new Map() };
      const wanted = moduleId ? [moduleId] : null;
      if (rolledUp) {
        // Today's tree from this process's copy of the roll-up, brought up to date (TodaysRollup).
        const cells = await this.today.cells(em, at);
        const all = await unitsOf(em, roots);
        const counts = narrowed(cells, all, roots, moduleId);
        return { modules, units: reported(all, counts, roots), counts };
      }
      // A team (onlyPeople) is a few people: their numbers are derived on read, not from the facts.
      const rows: (RawCounts & { unitId: string; moduleId: string })[] = fromRolled
        ? await em.query(FACT_TREE_ROLLED, [at, fromRolled, wanted, roots])
        : horizon && !onlyPeople
          ? await em.query(FACT_TREE, [at, month, wanted, roots])
          : await em.query(COVERAGE_TREE, [await placedPeople(em, at, roots, onlyPeople), at, versions, wanted, roots]);
      const counts: CellCounts = new Map();
      // Tens of thousands of cells for a region's whole tree: each copied field by field (an
      // object rest spread is a slow generic copy in V8), each unit's map made once.
      for (const row of rows) {
        let perModule = counts.get(row.unitId);
        if (!perModule) counts.set(row.unitId, (perModule = new Map<string, RawCounts>()));
        perModule.set(row.moduleId, {
          population: row.population,
          compliant: row.compliant,
          inProgress: row.inProgress,
          notStarted: row.notStarted,
          overdue: row.overdue,
          exempt: row.exempt,
        });
      }
      return { modules, units: reported(await unitsOf(em, roots), counts, roots), counts };
    });
  }

  /**
   * A subtree's totals per module on each of `days` (ascending), in one statement: the
   * requirement spans are derived once and judged on every day.
   */
  async trend(
    days: string[],
    roots: ReportRoots,
    moduleId: string | null,
  ): Promise<Map<string, Map<string, RawCounts>>> {
    const versions = await this.assignments.ruleVersions();
    const horizon = await this.facts.current(versions);
    const rolled = horizon ? await this.facts.checkpointRollupFor(horizon) : null;
    // Today's point, when asked, is read from today's roll-up (coverage_rollup), made if need be.
    const today = calendarDateAt(new Date());
    const rolledToday = horizon !== null && days.includes(today);
    if (rolledToday) await this.facts.rollupFor(today, horizon);
    return this.db.transaction(async (em) => {
      const perDay = new Map(days.map((day) => [day, new Map<string, RawCounts>()]));
      if (days.length === 0 || (roots !== null && roots.length === 0)) return perDay;
      const root = horizon ? await singleRoot(em, roots) : null;
      if (horizon && root) {
        const months = days.map((day) => checkpointMonth(day, horizon));
        const rows: (RawCounts & { asOf: string; moduleId: string })[] = await em.query(FACT_TREND, [
          days,
          months,
          moduleId ? [moduleId] : null,
          root,
          months.map((month) => isRolled(month, rolled)),
          rolledToday ? today : null,
        ]);
        for (const { asOf, moduleId: module, ...numbers } of rows) perDay.get(asOf)?.set(module, numbers);
        return perDay;
      }
      const people =
        roots === null
          ? null
          : (
              (await em.query(PLACED_PEOPLE_BETWEEN, [days[0], days[days.length - 1], roots])) as {
                person_id: string;
              }[]
            ).map((r) => r.person_id);
      const rows: (RawCounts & { asOf: string; moduleId: string })[] = await em.query(COVERAGE_TREND, [
        people,
        days,
        versions,
        moduleId ? [moduleId] : null,
        roots,
      ]);
      for (const { asOf, moduleId: module, ...numbers } of rows) perDay.get(asOf)?.set(module, numbers);
      return perDay;
    });
  }

  /** The people behind a number, a page at a time. */
  async people(
    at: string,
    roots: ReportRoots,
    moduleId: string | null,
    status: CoverageStatus | null,
    page: { limit: number; offset: number },
    onlyPeople?: string[],
  ): Promise<{ total: number; people: CoveragePerson[] }> {
    const versions = await this.assignments.ruleVersions();
    const horizon = await this.facts.current(versions);
    return this.db.transaction(async (em) => {
      if (roots !== null && roots.length === 0) return { total: 0, people: [] };
      const titles = new Map((await this.reportedModules(em, moduleId)).map((m) => [m.id, m.title]));
      const rows = await this.peoplePage(em, at, roots, moduleId, status, page, versions, horizon, onlyPeople);
      return {
        total:
          rows[0]?.total ??
          (page.offset > 0
            ? ((
                await this.peoplePage(
                  em,
                  at,
                  roots,
                  moduleId,
                  status,
                  { limit: 1, offset: 0 },
                  versions,
                  horizon,
                  onlyPeople,
                )
              )[0]?.total ?? 0)
            : 0),
        people: rows.map(({ total: _total, ...row }) => ({
          ...row,
          moduleTitle: titles.get(row.moduleId) ?? row.moduleId,
        })),
      };
    });
  }

  /** The modules a report shows: the one asked for, or every module a rule requires (ever). */
  async reportedModules(em: EntityManager, moduleId: string | null): Promise<ReportedModule[]> {
    const ids: string[] = moduleId
      ? [moduleId]
      : (await em.query(`SELECT DISTINCT module_id FROM assignment_rule`)).map(
          (r: { module_id: string }) => r.module_id,
        );
    const published = new Map((await this.catalog.published()).map((m) => [m.id, m]));
    return ids
      .map((id) => ({ id, title: published.get(id)?.title ?? id, titleEn: published.get(id)?.titleEn ?? null }))
      .sort((a, b) => bySwedishName(a.title, b.title));
  }

  /** A page of standings: from the kept facts, or derived when they cannot answer now. */
  private async peoplePage(
    em: EntityManager,
    at: string,
    roots: ReportRoots,
    moduleId: string | null,
    status: CoverageStatus | null,
    page: { limit: number; offset: number },
    versions: string,
    horizon: FactHorizon | null,
    onlyPeople?: string[],
  ): Promise<PersonRow[]> {
    const wanted = moduleId ? [moduleId] : null;
    if (horizon && !onlyPeople) return em.query(FACT_PEOPLE, [at, wanted, roots, status, page.limit, page.offset]);
    const people = await placedPeople(em, at, roots, onlyPeople);
    return em.query(COVERAGE_PEOPLE, [people, at, versions, wanted, roots, status, page.limit, page.offset]);
  }
}

/** The percentage as the API reports it: exempt people are outside the denominator. */
export function withPercentage(counts: RawCounts | undefined): CoverageCounts {
  const c = counts ?? { population: 0, compliant: 0, inProgress: 0, notStarted: 0, overdue: 0, exempt: 0 };
  const counted = c.population - c.exempt;
  return { ...c, percentage: counted > 0 ? Math.round((c.compliant / counted) * 1000) / 10 : null };
}

export function moduleCoverage(moduleId: string, counts: RawCounts | undefined): ModuleCoverage {
  return { moduleId, ...withPercentage(counts) };
}

/**
 * The one subtree a trend is about, for the facts (whose weights count a person once within one
 * subtree, not across several): the unit asked for, or the municipality's root; null otherwise.
 */
async function singleRoot(em: EntityManager, roots: ReportRoots): Promise<string | null> {
  if (roots !== null) return roots.length === 1 ? roots[0] : null;
  const tops: { path: string }[] = await em.query(`SELECT path::text AS path FROM org_unit WHERE parent_id IS NULL`);
  return tops.length === 1 ? tops[0].path : null;
}

/**
 * Narrows the derivation to the people placed in the subtrees on the day (all when the whole
 * municipality), and to `onlyPeople` when given.
 */
async function placedPeople(
  em: EntityManager,
  at: string,
  roots: ReportRoots,
  onlyPeople?: string[],
): Promise<string[] | null> {
  if (roots === null) return onlyPeople ?? null;
  const rows: { person_id: string }[] = await em.query(PLACED_PEOPLE, [at, roots]);
  const placed = rows.map((r) => r.person_id);
  if (!onlyPeople) return placed;
  const wanted = new Set(onlyPeople);
  return placed.filter((id) => wanted.has(id));
}

async function unitsOf(em: EntityManager, roots: ReportRoots): Promise<UnitRow[]> {
  return em.query(
    `SELECT u.id AS "unitId", u.parent_id AS "parentId", u.name, u.code, nlevel(u.path) - 1 AS depth,
            u.archived_at IS NOT NULL AS archived, u.path::text AS path
       FROM org_unit u WHERE $1::ltree[] IS NULL OR u.path <@ $1::ltree[]`,
    [roots],
  );
}

/** The units a tree shows, depth first: an archived one only with numbers, or when asked for. */
function reported(units: UnitRow[], counts: CellCounts, roots: ReportRoots): UnitRow[] {
  return depthFirst(units.filter((u) => !u.archived || counts.has(u.unitId) || roots?.includes(u.path)));
}

/**
 * The whole municipality's cells narrowed to the reported units and module: the copy is shared
 * by every read, so its maps are never handed out to be changed, nor its other units shown.
 */
function narrowed(cells: CellCounts, units: UnitRow[], roots: ReportRoots, moduleId: string | null): CellCounts {
  if (roots === null && moduleId === null) return cells;
  const counts: CellCounts = new Map();
  for (const { unitId } of units) {
    const perModule = cells.get(unitId);
    if (!perModule) continue;
    if (moduleId === null) counts.set(unitId, perModule);
    else {
      const cell = perModule.get(moduleId);
      if (cell) counts.set(unitId, new Map([[moduleId, cell]]));
    }
  }
  return counts;
}

/** Names in Swedish order; one collator, as localeCompare(…, 'sv') makes one per comparison. */
const bySwedishName = new Intl.Collator('sv').compare;

/** Depth first, siblings by name; a unit whose parent is not reported is a root. */
export function depthFirst(rows: UnitRow[]): UnitRow[] {
  const present = new Set(rows.map((row) => row.unitId));
  const children = new Map<string | null, UnitRow[]>();
  for (const row of rows) {
    const parent = row.parentId !== null && present.has(row.parentId) ? row.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push({ ...row, parentId: parent });
    else children.set(parent, [{ ...row, parentId: parent }]);
  }
  const ordered: UnitRow[] = [];
  const visit = (parentId: string | null) => {
    for (const row of (children.get(parentId) ?? []).sort((a, b) => bySwedishName(a.name, b.name))) {
      ordered.push(row);
      visit(row.unitId);
    }
  };
  visit(null);
  return ordered;
}
