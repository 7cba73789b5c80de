import { REQUIREMENT_SPANS } from '@larnav/api/compliance';
import { STANDINGS_ON } from '../coverage/coverage.sql';

/**
 * The kept coverage facts, derived for the people in $1 (uuid[]) by the coverage engine's own
 * judging (STANDINGS_ON, on the assignment engine's REQUIREMENTS_ON), never a second copy of
 * the definition:
 *
 * - fact_bound: every day on which a person's standing with a module can change, all of them
 *   known dates: a requirement's first day and the day after its last, the day after its due
 *   date, each completion, its expiry and the day after (per recertification period of the
 *   rules), an exemption's first day and the day after its last, an attempt's start and finish,
 *   a significant version's publication and the day after its redo falls due. So "overdue
 *   tomorrow" is already a boundary and no nightly job is needed.
 * - fact_standing: the pair judged on each of its boundary days, a standing holding until the
 *   next one; equal neighbours merged (status, due date, completion and expiry all equal).
 * - fact_placement: where the person counts in the tree, as weights on units over date ranges,
 *   so that summing weights over a unit's subtree gives 1 exactly when the person holds a post
 *   in it: w(v) = 1 − (v's children on the person's post paths), on every unit of those paths.
 *   One post is +1 on its unit; posts in siblings A and B are +1, +1 and −1 on their common
 *   parent, so the person counts once there (ARCHITECTURE's "people, not posts").
 *
 * Parameters: $1 uuid[] people, $2 the tenant, $3 the rules' modules' versions (JSON, as
 * REQUIREMENTS_ON), $4 and $5 NULL (every module, no subtree: STANDINGS_ON's filters).
 */
const FACT_BOUND = `
  fact_bound AS (
    WITH ${REQUIREMENT_SPANS.trim()},
    versions AS (
      SELECT * FROM jsonb_to_recordset($3::jsonb) AS v(version_id uuid, module_id uuid, number int, significant boolean, published_on date)
    ),
    pair AS (SELECT DISTINCT person_id, module_id FROM requirements),
    completed AS (
      SELECT DISTINCT c.person_id, c.module_id, (c.completed_at AT TIME ZONE 'Europe/Stockholm')::date AS completed_on
        FROM completion c JOIN pair p ON p.person_id = c.person_id AND p.module_id = c.module_id
    ),
    boundary AS (
      SELECT person_id, module_id, applies_from AS day FROM requirements
      UNION SELECT person_id, module_id, applies_to + 1 FROM requirements WHERE applies_to < 'infinity'
      UNION SELECT person_id, module_id, due_date + 1 FROM requirements WHERE due_date IS NOT NULL
      UNION SELECT person_id, module_id, completed_on FROM completed
      UNION SELECT c.person_id, c.module_id, (c.completed_on + make_interval(months => q.recertify_months))::date + k.k
              FROM completed c
              JOIN (SELECT DISTINCT person_id, module_id, recertify_months FROM requirements WHERE recertify_months IS NOT NULL) q
                ON q.person_id = c.person_id AND q.module_id = c.module_id
             CROSS JOIN (VALUES (0), (1)) AS k(k)
      UNION SELECT x.person_id, x.module_id, d.day
              FROM exemption x JOIN pair p ON p.person_id = x.person_id AND p.module_id = x.module_id,
                   LATERAL (VALUES (x.valid_from), (x.valid_to + 1)) AS d(day)
      UNION SELECT a.person_id, a.module_id, d.day
              FROM attempt a JOIN pair p ON p.person_id = a.person_id AND p.module_id = a.module_id,
                   LATERAL (VALUES ((a.started_at AT TIME ZONE 'Europe/Stockholm')::date),
                                   ((a.completed_at AT TIME ZONE 'Europe/Stockholm')::date)) AS d(day)
      UNION SELECT q.person_id, q.module_id, d.day
              FROM (SELECT DISTINCT person_id, module_id, coalesce(due_days, 30) AS redo_days FROM requirements) q
              JOIN versions v ON v.module_id = q.module_id AND v.significant,
                   LATERAL (VALUES (v.published_on), (v.published_on + q.redo_days + 1)) AS d(day)
    )
    SELECT person_id, module_id, day FROM boundary WHERE day IS NOT NULL AND day < 'infinity'
  )`;

const FACT_STANDING = `
  fact_piece AS (
    SELECT b.person_id, b.module_id, b.day AS from_date,
           coalesce(lead(b.day) OVER (PARTITION BY b.person_id, b.module_id ORDER BY b.day) - 1, 'infinity'::date) AS to_date,
           s.status, s.due_date, s.completed_on, s.valid_until
      FROM fact_bound b
      LEFT JOIN standing s ON s.person_id = b.person_id AND s.module_id = b.module_id AND s.judged_on = b.day
  ),
  fact_marked AS (
    SELECT *, CASE WHEN (status, due_date, completed_on, valid_until) IS NOT DISTINCT FROM
                        (lag(status) OVER w, lag(due_date) OVER w, lag(completed_on) OVER w, lag(valid_until) OVER w)
                   THEN 0 ELSE 1 END AS starts
      FROM fact_piece WINDOW w AS (PARTITION BY person_id, module_id ORDER BY from_date)
  ),
  fact_run AS (
    SELECT *, sum(starts) OVER (PARTITION BY person_id, module_id ORDER BY from_date) AS run FROM fact_marked
  ),
  fact_standing AS (
    SELECT person_id, module_id, min(from_date) AS from_date, max(to_date) AS to_date,
           status, due_date, completed_on, valid_until
      FROM fact_run WHERE status IS NOT NULL
     GROUP BY person_id, module_id, run, status, due_date, completed_on, valid_until
  )`;

const FACT_PLACEMENT = `
  fact_placement AS (
    WITH post AS (
      SELECT e.person_id, string_to_array(u.path::text, '.') AS labels, e.start_date,
             coalesce(e.end_date, 'infinity'::date) AS end_date
        FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
       WHERE e.person_id = ANY($1::uuid[])
    ),
    cut AS (
      SELECT person_id, start_date AS day FROM post
      UNION SELECT person_id, end_date + 1 FROM post WHERE end_date < 'infinity'
    ),
    piece AS (
      SELECT person_id, day AS from_date,
             coalesce(lead(day) OVER (PARTITION BY person_id ORDER BY day) - 1, 'infinity'::date) AS to_date
        FROM cut
    ),
    weighed AS (
      SELECT pc.person_id, pc.from_date, pc.to_date, l.label::uuid AS org_unit_id,
             1 - count(DISTINCT p.labels[l.n + 1]) AS weight
        FROM piece pc
        JOIN post p ON p.person_id = pc.person_id AND p.start_date <= pc.from_date AND pc.from_date <= p.end_date
       CROSS JOIN LATERAL unnest(p.labels) WITH ORDINALITY AS l(label, n)
       GROUP BY pc.person_id, pc.from_date, pc.to_date, l.label
    ),
    marked AS (
      SELECT *, CASE WHEN lag(weight) OVER w = weight AND lag(to_date) OVER w + 1 = from_date THEN 0 ELSE 1 END AS starts
        FROM weighed WHERE weight <> 0
      WINDOW w AS (PARTITION BY person_id, org_unit_id ORDER BY from_date)
    ),
    run AS (SELECT *, sum(starts) OVER (PARTITION BY person_id, org_unit_id ORDER BY from_date) AS run FROM marked)
    SELECT person_id, org_unit_id, weight, min(from_date) AS from_date, max(to_date) AS to_date
      FROM run GROUP BY person_id, org_unit_id, weight, run
  )`;

/** The facts of $1 as CTEs fact_standing and fact_placement, for the statements below to write. */
const FACTS_OF = `
  ${STANDINGS_ON('SELECT person_id, module_id, day AS judged_on FROM fact_bound', true, `${FACT_BOUND},`)},
  ${FACT_STANDING},
  ${FACT_PLACEMENT}`;

const INSERT_FACTS = `
  kept_standing AS (
    INSERT INTO coverage_standing (tenant_id, person_id, module_id, from_date, to_date, status, due_date, completed_on, valid_until)
    SELECT $2::uuid, person_id, module_id, from_date, to_date, status, due_date, completed_on, valid_until FROM fact_standing
    RETURNING 1
  ),
  kept_placement AS (
    INSERT INTO coverage_placement (tenant_id, person_id, org_unit_id, weight, from_date, to_date)
    SELECT $2::uuid, person_id, org_unit_id, weight, from_date, to_date FROM fact_placement
    RETURNING 1
  )`;

/** A standing × a placement, as +weight on its first day and −weight on the day after its last. */
const EVENTS = (standing: string, placement: string, sign: string) => `
  SELECT p.org_unit_id, s.module_id, s.status, e.day, e.weight * ${sign} AS weight
    FROM ${standing} s
    JOIN ${placement} p ON p.person_id = s.person_id AND p.from_date <= s.to_date AND s.from_date <= p.to_date
   CROSS JOIN LATERAL (VALUES (greatest(s.from_date, p.from_date), p.weight),
                              (least(s.to_date, p.to_date) + 1, -p.weight)) AS e(day, weight)
   WHERE e.day < 'infinity'`;

/** An upsert's SET: the existing row's counts plus the new ones (a delta, checkpoint or roll-up adding a difference). */
const ADD_COUNTS = (table: string) =>
  ['compliant', 'in_progress', 'not_started', 'overdue', 'exempt']
    .map((c) => `${c} = ${table}.${c} + EXCLUDED.${c}`)
    .join(', ');

/** The five counts of a set of events, by status. */
const SUMS = (w: string) => `
  sum(${w}) FILTER (WHERE status = 'compliant')::int AS compliant,
  sum(${w}) FILTER (WHERE status = 'in-progress')::int AS in_progress,
  sum(${w}) FILTER (WHERE status = 'not-started')::int AS not_started,
  sum(${w}) FILTER (WHERE status = 'overdue')::int AS overdue,
  sum(${w}) FILTER (WHERE status = 'exempt')::int AS exempt`;

/**
 * The first half of a refresh: $1's kept facts deleted and handed back (as JSON), for the second
 * half to take their events away. Two statements, since one that deletes and inserts the same
 * keys may run its insert first.
 */
export const DROP_FACTS = `
  WITH s AS (DELETE FROM coverage_standing WHERE person_id = ANY($1::uuid[]) RETURNING person_id, module_id, status, from_date, to_date),
  p AS (DELETE FROM coverage_placement WHERE person_id = ANY($1::uuid[]) RETURNING person_id, org_unit_id, weight, from_date, to_date)
  SELECT (SELECT coalesce(jsonb_agg(s), '[]'::jsonb) FROM s) AS standings,
         (SELECT coalesce(jsonb_agg(p), '[]'::jsonb) FROM p) AS placements`;

/**
 * Brings $1's facts up to date: the old facts' events ($8, $9 from DROP_FACTS) are taken away
 * and the new ones' added, in the per-unit day deltas and in every kept month checkpoint after
 * the day ($6, $7: the first and last checkpoint months), in the rolled checkpoints ($11, their
 * first month) and in today's roll-up ($10). Only the difference is written, so a person whose
 * history did not move costs no delta at all.
 */
export const REFRESH_FACTS = `
  ${FACTS_OF},
  dropped_standing AS (
    SELECT * FROM jsonb_to_recordset($8::jsonb)
      AS d(person_id uuid, module_id uuid, status text, from_date date, to_date date)
  ),
  dropped_placement AS (
    SELECT * FROM jsonb_to_recordset($9::jsonb)
      AS d(person_id uuid, org_unit_id uuid, weight int, from_date date, to_date date)
  ),
  ${INSERT_FACTS},
  event AS (
    ${EVENTS('fact_standing', 'fact_placement', '1')}
    UNION ALL
    ${EVENTS('dropped_standing', 'dropped_placement', '-1')}
  ),
  net AS (
    SELECT org_unit_id, module_id, day, ${SUMS('weight')} FROM event GROUP BY org_unit_id, module_id, day
  ),
  changed AS (
    SELECT * FROM net
     WHERE (coalesce(compliant, 0), coalesce(in_progress, 0), coalesce(not_started, 0), coalesce(overdue, 0), coalesce(exempt, 0))
           <> (0, 0, 0, 0, 0)
  ),
  delta_written AS (
    INSERT INTO coverage_delta (tenant_id, org_unit_id, module_id, day, compliant, in_progress, not_started, overdue, exempt)
    SELECT $2::uuid, org_unit_id, module_id, day, coalesce(compliant, 0), coalesce(in_progress, 0),
           coalesce(not_started, 0), coalesce(overdue, 0), coalesce(exempt, 0)
      FROM changed
    ON CONFLICT (tenant_id, org_unit_id, module_id, day) DO UPDATE SET
      ${ADD_COUNTS('coverage_delta')}
    RETURNING 1
  ),
  checkpoint_written AS (
    INSERT INTO coverage_checkpoint (tenant_id, org_unit_id, module_id, month, compliant, in_progress, not_started, overdue, exempt)
    SELECT $2::uuid, c.org_unit_id, c.module_id, m.month, coalesce(sum(c.compliant), 0), coalesce(sum(c.in_progress), 0),
           coalesce(sum(c.not_started), 0), coalesce(sum(c.overdue), 0), coalesce(sum(c.exempt), 0)
      FROM changed c
      JOIN (SELECT generate_series($6::date, $7::date, interval '1 month')::date AS month) m ON c.day < m.month
     GROUP BY c.org_unit_id, c.module_id, m.month
    ON CONFLICT (tenant_id, org_unit_id, module_id, month) DO UPDATE SET
      ${ADD_COUNTS('coverage_checkpoint')}
    RETURNING 1
  ),
  -- The rolled checkpoints ($11 … $7; $11 NULL when none are kept) take every change before
  -- their month, added to the unit and each of its ancestors, as the checkpoints above do.
  checkpoint_rollup_written AS (
    INSERT INTO coverage_checkpoint_rollup (tenant_id, org_unit_id, module_id, month, compliant, in_progress, not_started, overdue, exempt)
    SELECT $2::uuid, label::uuid, c.module_id, m.month, coalesce(sum(c.compliant), 0), coalesce(sum(c.in_progress), 0),
           coalesce(sum(c.not_started), 0), coalesce(sum(c.overdue), 0), coalesce(sum(c.exempt), 0)
      FROM changed c JOIN org_unit u ON u.id = c.org_unit_id
     CROSS JOIN LATERAL unnest(string_to_array(u.path::text, '.')) AS label
      JOIN (SELECT generate_series($11::date, $7::date, interval '1 month')::date AS month) m ON c.day < m.month
     GROUP BY 2, 3, 4
    ON CONFLICT (tenant_id, month, org_unit_id, module_id) DO UPDATE SET
      ${ADD_COUNTS('coverage_checkpoint_rollup')}
    RETURNING 1
  ),
  -- Today's roll-up ($10, its day; NULL when none is kept) takes every change on or before its
  -- day, added to the unit and each of its ancestors.
  rollup_written AS (
    INSERT INTO coverage_rollup (tenant_id, org_unit_id, module_id, compliant, in_progress, not_started, overdue, exempt)
    SELECT $2::uuid, label::uuid, c.module_id, coalesce(sum(c.compliant), 0), coalesce(sum(c.in_progress), 0),
           coalesce(sum(c.not_started), 0), coalesce(sum(c.overdue), 0), coalesce(sum(c.exempt), 0)
      FROM changed c JOIN org_unit u ON u.id = c.org_unit_id
     CROSS JOIN LATERAL unnest(string_to_array(u.path::text, '.')) AS label
     WHERE $10::date IS NOT NULL AND c.day <= $10::date
     GROUP BY 2, 3
    ON CONFLICT (tenant_id, org_unit_id, module_id) DO UPDATE SET
      ${ADD_COUNTS('coverage_rollup')}
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM kept_standing)::int AS standings, (SELECT count(*) FROM delta_written)::int AS deltas,
         (SELECT count(*) FROM checkpoint_written)::int AS checkpoints, (SELECT count(*) FROM rollup_written)::int AS rollups,
         (SELECT count(*) FROM checkpoint_rollup_written)::int AS "checkpointRollups"`;

/** The rebuild's first step, per batch of people ($1): their standings and placements only. */
export const WRITE_FACTS = `
  ${FACTS_OF},
  ${INSERT_FACTS}
  SELECT (SELECT count(*) FROM kept_standing)::int AS standings`;

/** The rebuild's second step: every day delta from the kept standings × placements, set-based. $1 the tenant. */
export const WRITE_DELTAS = `
  INSERT INTO coverage_delta (tenant_id, org_unit_id, module_id, day, compliant, in_progress, not_started, overdue, exempt)
  SELECT $1::uuid, org_unit_id, module_id, day, coalesce(compliant, 0), coalesce(in_progress, 0),
         coalesce(not_started, 0), coalesce(overdue, 0), coalesce(exempt, 0)
    FROM (SELECT org_unit_id, module_id, day, ${SUMS('weight')}
            FROM (${EVENTS('coverage_standing', 'coverage_placement', '1')}) e
           GROUP BY org_unit_id, module_id, day) n
   WHERE (coalesce(compliant, 0), coalesce(in_progress, 0), coalesce(not_started, 0), coalesce(overdue, 0), coalesce(exempt, 0))
         <> (0, 0, 0, 0, 0)
   -- By day, as reads take them (a range of days): a week's deltas on a few hundred pages.
   ORDER BY day`;

/**
 * The rebuild's last step: each month checkpoint ($2 … $3) is every delta before the month,
 * summed per month and accumulated, for each unit and module that has any. $1 the tenant.
 */
export const WRITE_CHECKPOINTS = `
  WITH month AS (SELECT generate_series($2::date, $3::date, interval '1 month')::date AS month),
  bucket AS (
    SELECT org_unit_id, module_id, greatest(date_trunc('month', day)::date + interval '1 month', $2::date)::date AS month,
           sum(compliant) AS compliant, sum(in_progress) AS in_progress, sum(not_started) AS not_started,
           sum(overdue) AS overdue, sum(exempt) AS exempt
      FROM coverage_delta GROUP BY 1, 2, 3
  ),
  grid AS (
    SELECT p.org_unit_id, p.module_id, m.month, b.compliant, b.in_progress, b.not_started, b.overdue, b.exempt
      FROM (SELECT DISTINCT org_unit_id, module_id FROM bucket) p CROSS JOIN month m
      LEFT JOIN bucket b ON b.org_unit_id = p.org_unit_id AND b.module_id = p.module_id AND b.month = m.month
  )
  INSERT INTO coverage_checkpoint (tenant_id, org_unit_id, module_id, month, compliant, in_progress, not_started, overdue, exempt)
  SELECT $1::uuid, org_unit_id, module_id, month,
         coalesce(sum(compliant) OVER w, 0), coalesce(sum(in_progress) OVER w, 0), coalesce(sum(not_started) OVER w, 0),
         coalesce(sum(overdue) OVER w, 0), coalesce(sum(exempt) OVER w, 0)
    FROM grid
  WINDOW w AS (PARTITION BY org_unit_id, module_id ORDER BY month)`;
