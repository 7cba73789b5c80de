import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrgTreeNode } from './dto/org-unit.dto';

/** An employment counts on day $at when it has started and not yet ended (both ends inclusive). */
export const EMPLOYED_ON = (alias: string, at: string) =>
  `${alias}.start_date <= ${at} AND (${alias}.end_date IS NULL OR ${alias}.end_date >= ${at})`;

/**
 * Head counts: distinct people, so a part-timer in two units of one förvaltning counts once in
 * the förvaltning and once in each unit.
 */
@Injectable()
export class HeadCountQueries {
  async subtree(em: EntityManager, path: string, at: string): Promise<number> {
    const [row] = await em.query(
      `SELECT count(DISTINCT e.person_id)::int AS n
         FROM org_unit u JOIN employment e ON e.org_unit_id = u.id
        WHERE u.path <@ $1::ltree AND ${EMPLOYED_ON('e', '$2::date')}`,
      [path, at],
    );
    return row.n;
  }

  /** Every unit with its subtree and direct head counts, depth-first with siblings by name. */
  async tree(em: EntityManager, at: string, within: string[] | null = null): Promise<OrgTreeNode[]> {
    // Each employment on that day is counted at its unit and at every ancestor of it.
    const rows: RawTreeRow[] = await em.query(
      `WITH employed AS (
         SELECT DISTINCT e.person_id, e.org_unit_id, u.path
           FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
          WHERE ${EMPLOYED_ON('e', '$1::date')}
       ), per_ancestor AS (
         SELECT subpath(employed.path, 0, depth) AS path, count(DISTINCT employed.person_id)::int AS n
           FROM employed, generate_series(1, nlevel(employed.path)) AS depth
          GROUP BY 1
       ), direct AS (
         SELECT org_unit_id, count(DISTINCT person_id)::int AS n FROM employed GROUP BY 1
       )
       SELECT u.id, u.parent_id AS "parentId", u.name, u.code, nlevel(u.path) - 1 AS depth,
              u.archived_at IS NOT NULL AS archived,
              coalesce(a.n, 0) AS "headCount", coalesce(d.n, 0) AS "directHeadCount"
         FROM org_unit u
         LEFT JOIN per_ancestor a ON a.path = u.path
         LEFT JOIN direct d ON d.org_unit_id = u.id
        WHERE $2::ltree[] IS NULL OR u.path <@ ANY($2::ltree[])`,
      [at, within],
    );
    return depthFirst(rows);
  }
}

type RawTreeRow = OrgTreeNode;

/** Units whose parent is not in the list (the tops of an HR officer's subtrees) become roots. */
function depthFirst(rows: RawTreeRow[]): OrgTreeNode[] {
  const present = new Set(rows.map((row) => row.id));
  const children = new Map<string | null, RawTreeRow[]>();
  for (const row of rows) {
    const parent = row.parentId !== null && present.has(row.parentId) ? row.parentId : null;
    const siblings = children.get(parent) ?? [];
    siblings.push(row);
    children.set(parent, siblings);
  }
  const ordered: OrgTreeNode[] = [];
  const visit = (parentId: string | null) => {
    const siblings = (children.get(parentId) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    for (const unit of siblings) {
      ordered.push(unit);
      visit(unit.id);
    }
  };
  visit(null);
  return ordered;
}
