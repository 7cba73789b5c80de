import { REQUIREMENT_SPANS } from '@larnav/api/compliance';

/**
 * Onboarding: of the people who started in a period, who completed each module required of them
 * from their first day within its due window. Built on the assignment engine's spans
 * (REQUIREMENT_SPANS), so "required" and "due" mean exactly what they mean to the learner.
 *
 * Parameters: $1 uuid[] people to derive for (NULL: all; a pre-selection only), $2 and $3 the
 * period (dates, inclusive), $4 uuid[] modules (NULL: all), $5 ltree[] the subtrees (NULL: the
 * whole municipality), $6 today.
 *
 * - A start is a chain's first day (a transfer continues a chain, a rehire after a gap starts a
 *   new one), counted in the units of the employments that begin that day.
 * - Required at the start: a requirement span that begins on that first day.
 * - Outcome: in time (a completion on or before the due date, an earlier one included), exempt
 *   (an exemption overlapping the window), late (completed after the due date), open (not done,
 *   the due date not passed on $6), missed (not done, due date passed).
 */
export const ONBOARDING = `
  WITH ${REQUIREMENT_SPANS.trim()},
  starts AS (
    SELECT DISTINCT c.person_id, c.chain_start, u.path
      FROM chains c JOIN org_unit u ON u.id = c.org_unit_id
     WHERE c.start_date = c.chain_start AND c.chain_start BETWEEN $2::date AND $3::date
       AND ($5::ltree[] IS NULL OR u.path <@ $5::ltree[])
  ),
  onboarding AS (
    SELECT DISTINCT ON (r.person_id, r.chain_start, r.module_id) r.person_id, r.chain_start, r.module_id, r.due_date
      FROM requirements r
     WHERE r.applies_from = r.chain_start
       AND EXISTS (SELECT 1 FROM starts s WHERE s.person_id = r.person_id AND s.chain_start = r.chain_start)
       AND ($4::uuid[] IS NULL OR r.module_id = ANY($4::uuid[]))
     ORDER BY r.person_id, r.chain_start, r.module_id, r.due_date
  ),
  outcome AS (
    SELECT o.*,
           CASE WHEN EXISTS (SELECT 1 FROM completion c WHERE c.person_id = o.person_id AND c.module_id = o.module_id
                              AND (c.completed_at AT TIME ZONE 'Europe/Stockholm')::date <= o.due_date) THEN 'in-time'
                WHEN EXISTS (SELECT 1 FROM exemption x WHERE x.person_id = o.person_id AND x.module_id = o.module_id
                              AND x.valid_from <= o.due_date AND x.valid_to >= o.chain_start) THEN 'exempt'
                WHEN EXISTS (SELECT 1 FROM completion c WHERE c.person_id = o.person_id AND c.module_id = o.module_id
                              AND (c.completed_at AT TIME ZONE 'Europe/Stockholm')::date <= $6::date) THEN 'late'
                WHEN o.due_date >= $6::date THEN 'open'
                ELSE 'missed'
           END AS outcome
      FROM onboarding o
  ),
  ancestry AS (
    SELECT DISTINCT s.person_id, s.chain_start, label::uuid AS unit_id
      FROM starts s, unnest(string_to_array(s.path::text, '.')) AS label
  ),
  reported AS (
    SELECT a.* FROM ancestry a JOIN org_unit u ON u.id = a.unit_id
     WHERE $5::ltree[] IS NULL OR u.path <@ $5::ltree[]
  ),
  hires AS (SELECT unit_id, count(DISTINCT person_id)::int AS hires FROM reported GROUP BY unit_id)
  SELECT r.unit_id AS "unitId", o.module_id AS "moduleId", h.hires,
         count(DISTINCT o.person_id)::int AS required,
         count(DISTINCT o.person_id) FILTER (WHERE o.outcome = 'in-time')::int AS "inTime",
         count(DISTINCT o.person_id) FILTER (WHERE o.outcome = 'late')::int AS late,
         count(DISTINCT o.person_id) FILTER (WHERE o.outcome = 'missed')::int AS missed,
         count(DISTINCT o.person_id) FILTER (WHERE o.outcome = 'open')::int AS open,
         count(DISTINCT o.person_id) FILTER (WHERE o.outcome = 'exempt')::int AS exempt
    FROM reported r
    JOIN hires h ON h.unit_id = r.unit_id
    LEFT JOIN outcome o ON o.person_id = r.person_id AND o.chain_start = r.chain_start
   GROUP BY r.unit_id, o.module_id, h.hires`;

/** Anyone with an employment beginning in the period in the subtrees: the only people a start can be. */
export const STARTING_PEOPLE = `
  SELECT DISTINCT e.person_id FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
   WHERE e.start_date BETWEEN $1::date AND $2::date AND u.path <@ $3::ltree[]`;
