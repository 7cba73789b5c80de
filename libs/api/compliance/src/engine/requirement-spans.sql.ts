/**
 * The assignment engine's one derivation, in SQL: which rules require which modules of whom,
 * over which days, due when. Set-based over everyone (or the people in $1), from rules ×
 * employments, so a rule made today covers everyone already in place, and a past date gives
 * what was required then. Parameters: $1 uuid[] of people, or NULL for all.
 *
 * - A chain is a person's run of employments without a gap (a transfer continues it): its start
 *   is the "employment start" a due date may count from.
 * - An island is a rule's run of matching days for a person: moving inside the target (Bygglov
 *   to Miljö, both in Samhällsbyggnadsförvaltningen) is no new arrival, so no new due date.
 * - Relative due dates never fall before the rule took effect: staff already in place when a rule
 *   starts get its N days from that day, not an instant "overdue".
 */
export const REQUIREMENT_SPANS = `
  ordered AS (
    SELECT e.id, e.person_id, e.org_unit_id, e.job_role, e.start_date, coalesce(e.end_date, 'infinity'::date) AS end_date,
           max(coalesce(e.end_date, 'infinity'::date)) OVER (
             PARTITION BY e.person_id ORDER BY e.start_date, e.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
           ) AS previous_end
      FROM employment e
     WHERE $1::uuid[] IS NULL OR e.person_id = ANY($1::uuid[])
  ),
  chained AS (
    SELECT *, sum(CASE WHEN previous_end IS NULL OR start_date > previous_end + 1 THEN 1 ELSE 0 END)
                OVER (PARTITION BY person_id ORDER BY start_date, id) AS chain
      FROM ordered
  ),
  chains AS (
    SELECT *, min(start_date) OVER (PARTITION BY person_id, chain) AS chain_start FROM chained
  ),
  matched AS (
    SELECT r.id AS rule_id, r.module_id, c.person_id, c.id AS employment_id, c.org_unit_id, c.chain_start,
           greatest(c.start_date, r.valid_from) AS from_date,
           least(c.end_date, coalesce(r.valid_to, 'infinity'::date)) AS to_date
      FROM chains c
      JOIN org_unit u ON u.id = c.org_unit_id
      JOIN assignment_rule r
        ON (r.target_org_unit_id IS NULL OR u.path <@ (SELECT t.path FROM org_unit t WHERE t.id = r.target_org_unit_id))
       AND (r.target_job_role IS NULL OR lower(c.job_role) = lower(r.target_job_role))
     WHERE greatest(c.start_date, r.valid_from) <= least(c.end_date, coalesce(r.valid_to, 'infinity'::date))
  ),
  marked AS (
    SELECT *, CASE WHEN from_date > coalesce(max(to_date) OVER (
                      PARTITION BY rule_id, person_id ORDER BY from_date, employment_id
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1, '-infinity'::date)
                   THEN 1 ELSE 0 END AS arrives
      FROM matched
  ),
  islands AS (
    SELECT *, sum(arrives) OVER (PARTITION BY rule_id, person_id ORDER BY from_date, employment_id) AS island FROM marked
  ),
  spans AS (
    SELECT i.rule_id, i.module_id, i.person_id, min(i.from_date) AS applies_from, max(i.to_date) AS applies_to,
           min(i.chain_start) AS chain_start
      FROM islands i GROUP BY i.rule_id, i.module_id, i.person_id, i.island
  ),
  requirements AS (
    SELECT s.*, r.name AS rule_name, r.due_basis, r.due_days, r.recertify_months, r.due_again_days,
           r.redo_on_significant, r.valid_from AS rule_from, r.target_org_unit_id, r.target_job_role,
           CASE r.due_basis
             WHEN 'employment-start' THEN greatest(s.chain_start, r.valid_from) + r.due_days
             WHEN 'transfer' THEN greatest(s.applies_from, r.valid_from) + r.due_days
             WHEN 'rule-start' THEN greatest(s.applies_from, r.valid_from) + r.due_days
             ELSE greatest(r.due_date, s.applies_from + coalesce(r.due_days, 0))
           END AS due_date,
           CASE r.due_basis
             WHEN 'employment-start' THEN s.chain_start
             WHEN 'fixed-date' THEN r.due_date
             ELSE greatest(s.applies_from, r.valid_from)
           END AS basis_date
      FROM spans s JOIN assignment_rule r ON r.id = s.rule_id
  )`;

/**
 * Each requirement in force on each day of `days` (SQL giving one column, `judged_on date`; or,
 * with `perPersonModule`, the columns `person_id, module_id, judged_on`, each day judged only for
 * its own person and module: the coverage facts judge every pair on its own boundary days),
 * with where it stands then: completed (and until when), due again, exempt, overdue. The spans
 * are derived once for all the days, so a trend of 24 month ends is one statement. $3: the rules' modules'
 * versions as JSON ([{ version_id, module_id, number, significant, published_on }]), since a
 * region-shared module's versions live in another municipality's rows.
 */
export const REQUIREMENTS_ON = (days: string, perPersonModule = false) => `
  WITH ${REQUIREMENT_SPANS.trim()},
  versions AS (
    SELECT * FROM jsonb_to_recordset($3::jsonb) AS v(version_id uuid, module_id uuid, number int, significant boolean, published_on date)
  ),
  days AS (${days}),
  active AS (
    SELECT r.*, d.judged_on FROM requirements r
      JOIN days d ON r.applies_from <= d.judged_on AND d.judged_on <= r.applies_to
       ${perPersonModule ? 'AND d.person_id = r.person_id AND d.module_id = r.module_id' : ''}
  ),
  completed AS (
    SELECT a.*, c.completed_on, c.number AS completed_number,
           CASE WHEN a.recertify_months IS NULL OR c.completed_on IS NULL THEN NULL
                ELSE (c.completed_on + make_interval(months => a.recertify_months))::date END AS valid_until
      FROM active a
      LEFT JOIN LATERAL (
        SELECT (c.completed_at AT TIME ZONE 'Europe/Stockholm')::date AS completed_on, v.number
          FROM completion c LEFT JOIN versions v ON v.version_id = c.version_id
         WHERE c.person_id = a.person_id AND c.module_id = a.module_id
           AND (c.completed_at AT TIME ZONE 'Europe/Stockholm')::date <= a.judged_on
         ORDER BY c.completed_at DESC LIMIT 1
      ) c ON true
  ),
  judged AS (
    SELECT c.*,
           (SELECT min(v.published_on) FROM versions v
             WHERE c.redo_on_significant AND c.completed_on IS NOT NULL AND v.module_id = c.module_id
               AND v.significant AND v.number > coalesce(c.completed_number, 0) AND v.published_on <= c.judged_on) AS redo_since,
           EXISTS (SELECT 1 FROM exemption x WHERE x.person_id = c.person_id AND x.module_id = c.module_id
                    AND x.valid_from <= c.judged_on AND c.judged_on <= x.valid_to) AS exempt
      FROM completed c
  )
  SELECT j.*,
         (j.completed_on IS NOT NULL AND (j.valid_until IS NULL OR j.judged_on < j.valid_until) AND j.redo_since IS NULL) AS compliant,
         CASE
           WHEN j.redo_since IS NOT NULL THEN j.redo_since + coalesce(j.due_days, 30)
           WHEN j.completed_on IS NOT NULL AND j.valid_until IS NOT NULL THEN j.valid_until
           ELSE j.due_date
         END AS effective_due
    FROM judged j`;

/** Each requirement in force on $2 (a date): REQUIREMENTS_ON for that one day. */
export const REQUIREMENTS_AT = REQUIREMENTS_ON('SELECT $2::date AS judged_on');
