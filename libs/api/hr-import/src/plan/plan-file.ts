import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { readRoster } from '@larnav/api/org';
import type { HrTableRow } from '../file/hr-file.reader';
import type { ColumnMapping } from '../mapping/column-mapping';
import { readRow } from '../mapping/row-values';
import { planImport } from './import-plan';
import type { ImportPlan } from './plan-types';

/** Lärnav's job role when neither the file nor the person's current employment gives one (as SCIM). */
export const DEFAULT_JOB_ROLE = 'medarbetare';

/** A file's rows planned against the staff as the transaction `em` sees them, on `today`. */
export async function planFile(
  em: EntityManager,
  headers: string[],
  rows: HrTableRow[],
  mapping: ColumnMapping,
  today: string,
): Promise<ImportPlan & { sha256: string }> {
  const roster = await readRoster(em, today);
  const plan = planImport(
    rows.map((row) => readRow(row, headers, mapping)),
    roster,
    today,
    DEFAULT_JOB_ROLE,
  );
  const sha256 = createHash('sha256')
    .update(JSON.stringify({ changes: plan.changes, operations: plan.operations }))
    .digest('hex');
  return { ...plan, sha256 };
}

/** Rows as kept on the import: `[line, ...cells]`, compact for twenty thousand of them. */
export function packRows(rows: HrTableRow[]): [number, ...string[]][] {
  return rows.map((row) => [row.line, ...row.cells]);
}

export function unpackRows(cells: [number, ...string[]][]): HrTableRow[] {
  return cells.map(([line, ...values]) => ({ line, cells: values }));
}
