import { EntityManager } from 'typeorm';
import { DomainError, OrgScope } from '@larnav/api/common';
import { assertUnitInScope, scopePaths } from '@larnav/api/org';
import { ProblemCode } from '@larnav/contracts';

/** The subtrees a report covers, as ltree paths; null means the whole municipality. */
export type ReportRoots = string[] | null;

/**
 * The subtrees a report is about: the unit asked for (404 when this municipality has no such
 * unit, row-level security hiding every other one's; 403 outside the asker's subtrees), or else
 * every subtree the asker answers for.
 */
export async function reportRoots(em: EntityManager, scope: OrgScope, orgUnitId?: string): Promise<ReportRoots> {
  if (orgUnitId === undefined) return scopePaths(em, scope);
  const [unit] = await em.query(`SELECT path::text AS path FROM org_unit WHERE id = $1`, [orgUnitId]);
  if (!unit) throw DomainError.notFound(ProblemCode.OrgUnitNotFound, `No org unit with id ${orgUnitId}.`);
  await assertUnitInScope(em, unit.path, scope);
  return [unit.path];
}
