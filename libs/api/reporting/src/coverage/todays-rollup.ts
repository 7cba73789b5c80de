import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantDb } from '@larnav/api/db';
import { ROLLUP_CHANGED_SINCE, ROLLUP_CELLS, ROLLUP_STATE } from '../facts/facts-read.sql';
import type { RawCounts } from './coverage.engine';

/** unit id → module id → counts (absent: nobody in the population). */
export type CellCounts = Map<string, Map<string, RawCounts>>;

interface KeptCopy {
  day: string;
  /** coverage_fact_state.rollup_built the copy was read under: another means the roll-up was made again. */
  built: string;
  /** The highest generation in the copy: every row changed after it is read into the next copy. */
  generation: bigint;
  counts: CellCounts;
}

interface CellRow extends RawCounts {
  unitId: string;
  moduleId: string;
  generation: string;
}

/**
 * Today's roll-up of each municipality, kept in this process: every cell of the whole tree and
 * every module (28,000 at 100,000 people, about 4 MB). A read of today's tree then takes only the
 * rows changed since the copy (migration CoverageRollupGeneration stamps each write), where
 * reading all of them and making their objects was most of the read's 110 ms. Several servers
 * each keep their own copy; the database says what changed, so none of them can answer from a
 * stale one.
 *
 * A copy is never changed once made: a read that finds changes makes a new one (the units'
 * maps it did not touch are shared), so an answer being written never sees another read's change.
 * The copy holds the whole municipality; the engine narrows it to the subtrees and module asked.
 */
@Injectable()
export class TodaysRollup {
  private readonly kept = new Map<string, KeptCopy>();

  constructor(private readonly db: TenantDb) {}

  /**
   * The cells of today's roll-up (`day`, which rollupFor made the roll-up hold), as of this
   * transaction's reads. Call inside the tree's transaction, after rollupFor.
   */
  async cells(em: EntityManager, day: string): Promise<CellCounts> {
    const tenantId = this.db.tenantId();
    const copy = this.kept.get(tenantId);
    if (copy && copy.day === day) {
      // One statement, one snapshot: the state's number and the rows changed since the copy.
      const rows: (Partial<CellRow> & { built: string; day: string })[] = await em.query(ROLLUP_CHANGED_SINCE, [
        copy.generation.toString(),
        copy.built,
      ]);
      if (rows[0] && rows[0].built === copy.built && rows[0].day === day) {
        const changed = rows.filter((row): row is CellRow & { built: string; day: string } => row.unitId != null);
        return this.keep(tenantId, applied(copy, changed)).counts;
      }
    }
    // The state's number first, then the rows: a roll-up made again between the two is read here
    // and made again under the next number, never kept as the older one.
    const [state]: { built: string; day: string | null }[] = await em.query(ROLLUP_STATE);
    const rows: CellRow[] = await em.query(ROLLUP_CELLS);
    const counts: CellCounts = new Map();
    let generation = 0n;
    for (const row of rows) {
      const stamped = BigInt(row.generation);
      if (stamped > generation) generation = stamped;
      if (populationOf(row) > 0) cellsOf(counts, row.unitId).set(row.moduleId, countsOf(row));
    }
    if (state?.day === day) this.keep(tenantId, { day, built: state.built, generation, counts });
    return counts;
  }

  /** Forgets every kept copy (the bench's read made whole; tests). */
  forget(): void {
    this.kept.clear();
  }

  private keep(tenantId: string, copy: KeptCopy): KeptCopy {
    const current = this.kept.get(tenantId);
    // Reads finish in any order: a copy from an older snapshot never replaces a newer one.
    if (!current || current.built !== copy.built || copy.generation >= current.generation) {
      this.kept.set(tenantId, copy);
      return copy;
    }
    return current;
  }
}

/**
 * The copy with the changed rows in it (each row a cell's whole counts, not a difference, so a
 * row read twice changes nothing): a new map, sharing the units no row touched.
 */
function applied(copy: KeptCopy, changed: CellRow[]): KeptCopy {
  if (changed.length === 0) return copy;
  const counts: CellCounts = new Map(copy.counts);
  const copied = new Set<string>();
  let generation = copy.generation;
  for (const row of changed) {
    const stamped = BigInt(row.generation);
    if (stamped > generation) generation = stamped;
    let cells = counts.get(row.unitId);
    if (!cells || !copied.has(row.unitId)) {
      cells = new Map(cells ?? []);
      counts.set(row.unitId, cells);
      copied.add(row.unitId);
    }
    if (populationOf(row) > 0) cells.set(row.moduleId, countsOf(row));
    else cells.delete(row.moduleId);
  }
  for (const unitId of copied) if (counts.get(unitId)?.size === 0) counts.delete(unitId);
  return { ...copy, generation, counts };
}

function cellsOf(counts: CellCounts, unitId: string): Map<string, RawCounts> {
  let cells = counts.get(unitId);
  if (!cells) counts.set(unitId, (cells = new Map()));
  return cells;
}

function populationOf(row: RawCounts): number {
  return row.compliant + row.inProgress + row.notStarted + row.overdue + row.exempt;
}

// Copied field by field: an object rest spread is a slow generic copy in V8, at 28,000 cells.
function countsOf(row: RawCounts): RawCounts {
  return {
    population: populationOf(row),
    compliant: row.compliant,
    inProgress: row.inProgress,
    notStarted: row.notStarted,
    overdue: row.overdue,
    exempt: row.exempt,
  };
}
