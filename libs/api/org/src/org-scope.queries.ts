import { HttpStatus } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, OrgScope } from '@larnav/api/common';
import { ProblemCode } from '@larnav/contracts';

/** The paths of the subtrees a scope reaches; null means the whole municipality. */
export async function scopePaths(em: EntityManager, scope: OrgScope): Promise<string[] | null> {
  if (scope.kind === 'tenant') return null;
  if (scope.unitIds.length === 0) return [];
  const rows: { path: string }[] = await em.query(
    `SELECT path::text AS path FROM org_unit WHERE id = ANY($1::uuid[])`,
    [scope.unitIds],
  );
  return rows.map((r) => r.path);
}

export function isWithin(path: string, roots: string[] | null): boolean {
  return roots === null || roots.some((root) => path === root || path.startsWith(`${root}.`));
}

export function outsideScope(what: string): DomainError {
  return new DomainError(
    HttpStatus.FORBIDDEN,
    ProblemCode.OutsideScope,
    `${what} is outside the part of the organisation you are responsible for.`,
  );
}

/** Refuses a unit outside the scope. */
export async function assertUnitInScope(em: EntityManager, path: string, scope: OrgScope): Promise<void> {
  if (!isWithin(path, await scopePaths(em, scope))) throw outsideScope('That unit');
}

/** Refuses a person none of whose employments, past or present, lies inside the scope. */
export async function assertPersonInScope(em: EntityManager, personId: string, scope: OrgScope): Promise<void> {
  const roots = await scopePaths(em, scope);
  if (roots === null) return;
  const [row] = await em.query(
    `SELECT EXISTS (
       SELECT 1 FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
        WHERE e.person_id = $1 AND u.path <@ ANY($2::ltree[])) AS inside`,
    [personId, roots],
  );
  if (!row.inside) throw outsideScope('That person');
}
