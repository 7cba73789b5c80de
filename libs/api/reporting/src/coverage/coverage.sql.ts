import { REQUIREMENTS_ON } from '@larnav/api/compliance';

/**
 * Where each person placed in the reported subtrees stands with each required module on each
 * day of `days` (SQL giving `judged_on date`): ARCHITECTURE.md's "Coverage of module M in
 * department D at instant t", built on the assignment engine's own derivation
 * (REQUIREMENTS_ON), never a copy of it. Set-based for everyone and every day at once.
 *
 * Parameters: $1 uuid[] people to derive for (NULL: all; a pre-selection only, for speed), $2 the
 * date (or, for a trend, the dates), $3 the rules' modules' versions (JSON,
 * AssignmentEngine.ruleVersions), $4 uuid[] modules (NULL: every required one), $5 ltree[] the
 * subtrees reported on (NULL: the whole municipality).
 *
 * - placed: every employment valid on the day in the subtrees (both ends inclusive), archived
 *   units too.
 * - per_module: one row per day, person and module however many rules require it; compliant
 *   only if every rule in force is satisfied (the strictest recertification decides), due on
 *   the earliest unmet due date.
 * - perPersonModule: `days` gives `person_id, module_id, judged_on`, each pair judged on its own
 *   days (the kept facts' boundary days, facts/facts.sql.ts), for everyone placed anywhere: a
 *   requirement is in force only on a day of an employment, so the person is placed then, and
 *   the units come from the facts' placements. `before`: CTEs the days may name.
 * - status, in this order: compliant, exempt, overdue (due date passed), in progress (an attempt
 *   begun by the day and not finished then), not started.
 */
export const STANDINGS_ON = (days: string, perPersonModule = false, before = '') => `
  WITH ${before} requirement AS (${REQUIREMENTS_ON(days, perPersonModule)}),
  days AS (${days}),
  placed AS (
    SELECT DISTINCT d.judged_on, e.person_id, e.org_unit_id, u.path
      FROM days d
      JOIN employment e ON ${perPersonModule ? 'e.person_id = d.person_id AND' : ''} e.start_date <= d.judged_on AND (e.end_date IS NULL OR e.end_date >= d.judged_on)
      JOIN org_unit u ON u.id = e.org_unit_id
     WHERE $5::ltree[] IS NULL OR u.path <@ $5::ltree[]
  ),
  per_module AS (
    SELECT r.judged_on, r.person_id, r.module_id, bool_and(r.compliant) AS compliant, bool_or(r.exempt) AS exempt,
           min(r.effective_due) FILTER (WHERE NOT r.compliant) AS due_date,
           max(r.completed_on) AS completed_on, min(r.valid_until) AS valid_until
      FROM requirement r
     WHERE ($4::uuid[] IS NULL OR r.module_id = ANY($4::uuid[]))
       ${perPersonModule ? '' : 'AND EXISTS (SELECT 1 FROM placed p WHERE p.person_id = r.person_id AND p.judged_on = r.judged_on)'}
     GROUP BY r.judged_on, r.person_id, r.module_id
  ),
  standing AS (
    SELECT m.*,
           CASE WHEN m.compliant THEN 'compliant'
                WHEN m.exempt THEN 'exempt'
                WHEN m.due_date < m.judged_on THEN 'overdue'
                WHEN EXISTS (
                  SELECT 1 FROM attempt a
                   WHERE a.person_id = m.person_id AND a.module_id = m.module_id
                     AND (a.started_at AT TIME ZONE 'Europe/Stockholm')::date <= m.judged_on
                     AND (a.completed_at IS NULL OR (a.completed_at AT TIME ZONE 'Europe/Stockholm')::date > m.judged_on)
                ) THEN 'in-progress'
                ELSE 'not-started'
           END AS status
      FROM per_module m
  )`;

/** The standings on one day, $2. */
export const STANDINGS_AT = STANDINGS_ON('SELECT $2::date AS judged_on');

/** The counts of one group of standings, as the API reports them. */
const COUNTS = `
  count(DISTINCT s.person_id)::int AS population,
  count(DISTINCT s.person_id) FILTER (WHERE s.status = 'compliant')::int AS compliant,
  count(DISTINCT s.person_id) FILTER (WHERE s.status = 'in-progress')::int AS "inProgress",
  count(DISTINCT s.person_id) FILTER (WHERE s.status = 'not-started')::int AS "notStarted",
  count(DISTINCT s.person_id) FILTER (WHERE s.status = 'overdue')::int AS overdue,
  count(DISTINCT s.person_id) FILTER (WHERE s.status = 'exempt')::int AS exempt`;

/**
 * Every unit of the subtrees × module, each unit's numbers with its whole subtree: a person counts
 * once in each unit above any post they hold (path labels are unit ids), once in a common
 * ancestor however many posts they hold under it.
 */
export const COVERAGE_TREE = `
  ${STANDINGS_AT},
  ancestry AS (
    SELECT DISTINCT p.person_id, label::uuid AS unit_id
      FROM placed p, unnest(string_to_array(p.path::text, '.')) AS label
  )
  SELECT a.unit_id AS "unitId", s.module_id AS "moduleId", ${COUNTS}
    FROM standing s
    JOIN ancestry a ON a.person_id = s.person_id
    JOIN org_unit u ON u.id = a.unit_id
   WHERE $5::ltree[] IS NULL OR u.path <@ $5::ltree[]
   GROUP BY a.unit_id, s.module_id`;

/** One subtree's totals per module on $2. */
export const COVERAGE_TOTALS = `
  ${STANDINGS_AT}
  SELECT s.module_id AS "moduleId", ${COUNTS} FROM standing s GROUP BY s.module_id`;

/** A subtree's totals per day of $2 (date[]) and module: the trend, the spans derived once for every day. */
export const COVERAGE_TREND = `
  ${STANDINGS_ON('SELECT unnest($2::date[]) AS judged_on')}
  SELECT to_char(s.judged_on, 'YYYY-MM-DD') AS "asOf", s.module_id AS "moduleId", ${COUNTS}
    FROM standing s GROUP BY s.judged_on, s.module_id`;

/**
 * The people behind a number, as the tail of a query whose `standing` CTE holds the standings
 * on the day: a page cut first, and only its rows decorated with the units (inside the
 * subtrees) where the person works on the date, each looked up by person (a lateral over every
 * standing was quadratic). Placeholders: the date, the subtrees, a status or NULL, limit, offset.
 */
export const PEOPLE_PAGE = (at: string, roots: string, status: string, limit: string, offset: string) => `
  page AS (
    SELECT s.*, p.name, p.email, p.employee_number, count(*) OVER ()::int AS total
      FROM standing s JOIN person p ON p.id = s.person_id
     WHERE ${status}::text IS NULL OR s.status = ${status}::text
     ORDER BY p.name, p.id, s.module_id
     LIMIT ${limit} OFFSET ${offset}
  )
  SELECT g.person_id AS "personId", g.name, g.email, g.employee_number AS "employeeNumber",
         g.module_id AS "moduleId", g.status,
         to_char(g.due_date, 'YYYY-MM-DD') AS "dueDate",
         CASE WHEN g.status = 'overdue' THEN to_char(g.due_date + 1, 'YYYY-MM-DD') END AS "overdueSince",
         to_char(g.completed_on, 'YYYY-MM-DD') AS "completedOn",
         to_char(g.valid_until, 'YYYY-MM-DD') AS "validUntil",
         (SELECT json_agg(json_build_object('orgUnitId', u.id, 'orgUnitName', u.name, 'orgUnitCode', u.code)
                          ORDER BY u.name)
            FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
           WHERE e.person_id = g.person_id
             AND e.start_date <= ${at}::date AND (e.end_date IS NULL OR e.end_date >= ${at}::date)
             AND (${roots}::ltree[] IS NULL OR u.path <@ ${roots}::ltree[])) AS units,
         g.total
    FROM page g
   ORDER BY g.name, g.person_id, g.module_id`;

/** The people behind a number: $6 a status or NULL for all, $7 limit, $8 offset. */
export const COVERAGE_PEOPLE = `
  ${STANDINGS_AT},
  ${PEOPLE_PAGE('$2', '$5', '$6', '$7', '$8')}`;

/** The people a report may concern, so the derivation runs only for them: anyone placed on $1 in $2. */
export const PLACED_PEOPLE = `
  SELECT DISTINCT e.person_id FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
   WHERE e.start_date <= $1::date AND (e.end_date IS NULL OR e.end_date >= $1::date)
     AND u.path <@ $2::ltree[]`;

/** Anyone placed in $3 on some day between $1 and $2: the people a trend may concern. */
export const PLACED_PEOPLE_BETWEEN = `
  SELECT DISTINCT e.person_id FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
   WHERE e.start_date <= $2::date AND (e.end_date IS NULL OR e.end_date >= $1::date)
     AND u.path <@ $3::ltree[]`;
