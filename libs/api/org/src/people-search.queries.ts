import { Injectable } from '@nestjs/common';
import { OrgScope } from '@larnav/api/common';
import { TenantDb } from '@larnav/api/db';
import { PeopleSearchResponse, PersonHitResponse } from './dto/people-search.dto';
import { EMPLOYED_ON } from './head-count.queries';
import { scopePaths } from './org-scope.queries';

/** `%`, `_` and `\` typed into the search box are meant literally, not as LIKE wildcards. */
export function likeFragment(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The people search HR and admins use to find someone: by part of a name or email, by the start of
 * an employee number, or by the name or code of a unit they work in today. Leavers are found too
 * (HR looks them up to read what was required of them), but after the people working today.
 * Only people who have worked somewhere in the searcher's part of the organisation are found.
 */
@Injectable()
export class PeopleSearchQueries {
  constructor(private readonly db: TenantDb) {}

  search(
    q: string,
    today: string,
    page: { limit: number; offset: number },
    scope: OrgScope,
  ): Promise<PeopleSearchResponse> {
    return this.db.transaction(async (em) => {
      const roots = await scopePaths(em, scope);
      const contains = `%${likeFragment(q.trim())}%`;
      const startsWith = `${likeFragment(q.trim())}%`;
      // $1 contains, $2 starts-with, $3 today, $4 scope roots (null: the whole municipality).
      const where = `
       WHERE (p.name ILIKE $1 OR p.email ILIKE $1 OR p.employee_number ILIKE $2
              OR EXISTS (SELECT 1 FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
                          WHERE e.person_id = p.id AND ${EMPLOYED_ON('e', '$3::date')}
                            AND (u.name ILIKE $1 OR u.code ILIKE $2)))
         AND ($4::ltree[] IS NULL OR EXISTS (
              SELECT 1 FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
               WHERE e.person_id = p.id AND u.path <@ $4::ltree[]))`;
      const params = [contains, startsWith, today, roots];
      const [{ total }] = await em.query(`SELECT count(*)::int AS total FROM person p ${where}`, params);
      const people: PersonHitResponse[] = await em.query(
        `SELECT p.id, p.name, p.email, p.employee_number AS "employeeNumber", p.active,
                COALESCE(now_at.units, '[]'::json) AS units, history."leftOn"
           FROM person p
           LEFT JOIN LATERAL (
             SELECT json_agg(json_build_object('orgUnitId', u.id, 'orgUnitName', u.name, 'jobRole', e.job_role)
                             ORDER BY u.name) AS units
               FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
              WHERE e.person_id = p.id AND ${EMPLOYED_ON('e', '$3::date')}) now_at ON true
           LEFT JOIN LATERAL (
             SELECT CASE WHEN bool_or(e.end_date IS NULL OR e.end_date >= $3::date) THEN NULL
                         ELSE to_char(max(e.end_date), 'YYYY-MM-DD') END AS "leftOn"
               FROM employment e WHERE e.person_id = p.id) history ON true
           ${where}
          ORDER BY (now_at.units IS NULL), p.name, p.id
          LIMIT $5 OFFSET $6`,
        [...params, page.limit, page.offset],
      );
      return { total, people };
    });
  }
}
