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

  /**
   * Every unit with its subtree and direct head counts, depth-first with siblings by name.
   * Counts per unit are summed up each unit's ancestors (path labels are unit ids); a person
   * in two posts on that day would be summed twice in a common ancestor, so those extra
   * counts are subtracted. Measured ~10x faster than counting distinct people per ancestor.
   */
  async tree(em: EntityManager, at: string, within: string[] | null = null): Promise<OrgTreeNode[]> {
    const rows: RawTreeRow[] = await em.query(
      `WITH running AS (
         SELECT person_id, org_unit_id FROM employment e WHERE ${EMPLOYED_ON('e', '$1::date')}
       ), direct AS (
         -- The exclusion constraint makes (person, unit) unique on any one day.
         SELECT org_unit_id, count(*)::int AS n FROM running GROUP BY 1
       ), ancestry AS (
         SELECT u.id AS unit_id, label::uuid AS ancestor_id
           FROM org_unit u, unnest(string_to_array(u.path::text, '.')) AS label
       ), rolled_up AS (
         SELECT x.ancestor_id AS unit_id, sum(d.n)::int AS n
           FROM direct d JOIN ancestry x ON x.unit_id = d.org_unit_id GROUP BY 1
       ), counted_twice AS (
         SELECT unit_id, sum(units - 1)::int AS n FROM (
           SELECT x.ancestor_id AS unit_id, r.person_id, count(*) AS units
             FROM running r JOIN ancestry x ON x.unit_id = r.org_unit_id
            WHERE r.person_id IN (SELECT person_id FROM running GROUP BY 1 HAVING count(*) > 1)
            GROUP BY 1, 2) AS per_person
          GROUP BY 1
       )
       SELECT u.id, u.parent_id AS "parentId", u.name, u.code, nlevel(u.path) - 1 AS depth,
              u.archived_at IS NOT NULL AS archived,
              coalesce(r.n, 0) - coalesce(t.n, 0) AS "headCount", coalesce(d.n, 0) AS "directHeadCount"
         FROM org_unit u
         LEFT JOIN rolled_up r ON r.unit_id = u.id
         LEFT JOIN counted_twice t ON t.unit_id = u.id
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
