import { PEOPLE_PAGE } from '../coverage/coverage.sql';

/**
 * Reading the kept facts. A unit's weighted counts on day t are its checkpoint at t's month
 * (clamped to the kept months; none before the first) plus its deltas from that month's first
 * day to t; a unit's numbers with its subtree are the sum of those over the subtree, which the
 * placement weights make a count of people, not posts.
 */

/** The counts as the API names them, from summed columns. */
const COUNTS = `
  (sum(compliant) + sum(in_progress) + sum(not_started) + sum(overdue) + sum(exempt))::int AS population,
  sum(compliant)::int AS compliant, sum(in_progress)::int AS "inProgress", sum(not_started)::int AS "notStarted",
  sum(overdue)::int AS overdue, sum(exempt)::int AS exempt`;

/** The count columns every fact table has. */
const COUNT_COLUMNS = ['compliant', 'in_progress', 'not_started', 'overdue', 'exempt'];
const COLUMNS = COUNT_COLUMNS.join(', ');
/** Each count column as `make(column)` writes it, joined. */
const eachColumn = (make: (column: string) => string) => COUNT_COLUMNS.map(make).join(', ');
const columnsOf = (table: string) => eachColumn((c) => `${table}.${c}`);

/** The counts of day $1 per unit × module (checkpoint month $2, modules $3), then summed up each unit's ancestors. */
const AT_NODE_AND_ROLLED = `
  node AS (
    SELECT org_unit_id, module_id, ${COLUMNS} FROM coverage_checkpoint
     WHERE month = $2::date AND ($3::uuid[] IS NULL OR module_id = ANY($3::uuid[]))
    UNION ALL
    SELECT org_unit_id, module_id, ${COLUMNS} FROM coverage_delta
     WHERE day >= coalesce($2::date, '-infinity'::date) AND day <= $1::date
       AND ($3::uuid[] IS NULL OR module_id = ANY($3::uuid[]))
  ),
  at_node AS (
    SELECT org_unit_id, module_id, sum(compliant) AS compliant, sum(in_progress) AS in_progress,
           sum(not_started) AS not_started, sum(overdue) AS overdue, sum(exempt) AS exempt
      FROM node GROUP BY org_unit_id, module_id
  ),
  rolled AS (
    SELECT label::uuid AS unit_id, n.module_id, ${COUNTS}
      FROM at_node n JOIN org_unit u ON u.id = n.org_unit_id
     CROSS JOIN LATERAL unnest(string_to_array(u.path::text, '.')) AS label
     GROUP BY 1, 2
  )`;

/**
 * Every unit of the subtrees × module on $1: $2 the checkpoint month (NULL: before the kept
 * months, deltas from the start), $3 uuid[] modules or NULL, $4 ltree[] subtrees or NULL.
 */
export const FACT_TREE = `
  WITH ${AT_NODE_AND_ROLLED}
  SELECT r.unit_id AS "unitId", r.module_id AS "moduleId", r.population, r.compliant, r."inProgress",
         r."notStarted", r.overdue, r.exempt
    FROM rolled r JOIN org_unit u ON u.id = r.unit_id
   WHERE r.population > 0 AND ($4::ltree[] IS NULL OR u.path <@ $4::ltree[])`;

/** A cell of today's roll-up as TodaysRollup keeps it: its counts and the write that last changed it. */
const ROLLUP_CELL = `r.org_unit_id AS "unitId", r.module_id AS "moduleId", r.compliant, r.in_progress AS "inProgress",
  r.not_started AS "notStarted", r.overdue, r.exempt, r.generation::text AS generation`;

/** The day coverage_rollup holds and the number it was made under (migration CoverageRollupGeneration). */
export const ROLLUP_STATE = `
  SELECT rollup_built::text AS built, to_char(rollup_day, 'YYYY-MM-DD') AS day FROM coverage_fact_state`;

/** Every cell of today's roll-up (coverage_rollup, made by ROLLUP_BUILD and kept by every refresh), empty ones too. */
export const ROLLUP_CELLS = `SELECT ${ROLLUP_CELL} FROM coverage_rollup r`;

/**
 * The state's number and day, with the cells written after generation $1 when the roll-up is
 * still the one made under number $2 (one row of NULL cells when none are); in one statement,
 * so the number and the rows are one snapshot.
 */
export const ROLLUP_CHANGED_SINCE = `
  SELECT s.rollup_built::text AS built, to_char(s.rollup_day, 'YYYY-MM-DD') AS day, c.*
    FROM coverage_fact_state s
    LEFT JOIN LATERAL (SELECT ${ROLLUP_CELL} FROM coverage_rollup r WHERE r.generation > $1::bigint) c
      ON s.rollup_built = $2::bigint`;

/**
 * Makes coverage_rollup hold day $1 (its checkpoint month $2; $3 NULL, every module) for tenant
 * $4: the roll-up FACT_TREE computes, for every unit and module, written once so that the day's
 * reads only select it. The caller has emptied the table and holds the roll-up's lock.
 */
export const ROLLUP_BUILD = `
  WITH ${AT_NODE_AND_ROLLED}
  INSERT INTO coverage_rollup (tenant_id, org_unit_id, module_id, compliant, in_progress, not_started, overdue, exempt)
  SELECT $4::uuid, unit_id, module_id, compliant, "inProgress", "notStarted", overdue, exempt FROM rolled`;

/**
 * Every unit × module on day $1 from the rolled checkpoint of month $2 (coverage_checkpoint_rollup,
 * which must hold it): a month at or before the day has that month's deltas up to the day added;
 * the next month's (nearestRolledMonth, for a day late in its month) has the deltas after the day
 * taken away, as its checkpoint counts every delta before it. Either way at most about half a
 * month of deltas is rolled up the tree, a few thousand rows, and joined to the checkpoint's rows
 * (a hash of the smaller side, not a grouping of both). $3 uuid[] modules or NULL.
 */
const ROLLED_ON_DAY = `
  moved AS (
    SELECT label::uuid AS unit_id, x.module_id,
           ${eachColumn((c) => `direction.k * sum(x.${c}) AS ${c}`)}
      FROM coverage_delta x JOIN org_unit u ON u.id = x.org_unit_id
     CROSS JOIN LATERAL unnest(string_to_array(u.path::text, '.')) AS label
     CROSS JOIN (SELECT CASE WHEN $2::date <= $1::date THEN 1 ELSE -1 END AS k) direction
     WHERE x.day >= least($2::date, $1::date + 1) AND x.day < greatest($2::date, $1::date + 1)
       AND ($3::uuid[] IS NULL OR x.module_id = ANY($3::uuid[]))
     GROUP BY 1, 2, direction.k
  ),
  month_start AS (
    SELECT org_unit_id AS unit_id, module_id, ${COLUMNS} FROM coverage_checkpoint_rollup
     WHERE month = $2::date AND ($3::uuid[] IS NULL OR module_id = ANY($3::uuid[]))
  ),
  rolled AS (
    SELECT coalesce(c.unit_id, m.unit_id) AS unit_id, coalesce(c.module_id, m.module_id) AS module_id,
           ${eachColumn((c) => `(coalesce(c.${c}, 0) + coalesce(m.${c}, 0))::int AS ${c}`)}
      FROM month_start c FULL JOIN moved m ON m.unit_id = c.unit_id AND m.module_id = c.module_id
  )`;

/**
 * Every unit of the subtrees × module on $1 as FACT_TREE answers it, from the rolled checkpoints
 * (ROLLED_ON_DAY: $2 the month, $3 modules); $4 ltree[] subtrees or NULL.
 */
export const FACT_TREE_ROLLED = `
  WITH ${ROLLED_ON_DAY}
  SELECT r.unit_id AS "unitId", r.module_id AS "moduleId",
         r.compliant + r.in_progress + r.not_started + r.overdue + r.exempt AS population, r.compliant,
         r.in_progress AS "inProgress", r.not_started AS "notStarted", r.overdue, r.exempt
    FROM rolled r JOIN org_unit u ON u.id = r.unit_id
   WHERE r.compliant + r.in_progress + r.not_started + r.overdue + r.exempt > 0
     AND ($4::ltree[] IS NULL OR u.path <@ $4::ltree[])`;

/**
 * Makes coverage_rollup hold day $1 for tenant $4 from the rolled checkpoints (ROLLED_ON_DAY:
 * month $2, $3 NULL), when they hold the day's month: a fraction of summing every unit's
 * checkpoint up the tree. Written over the day before's rows, not into an emptied table: only
 * cells whose counts changed get a new version (on their page, fillfactor), and cells with
 * nothing left go, so a new day leaves a few thousand dead rows, not the whole table's.
 */
export const ROLLUP_BUILD_ROLLED = `
  WITH ${ROLLED_ON_DAY},
  written AS (
    INSERT INTO coverage_rollup (tenant_id, org_unit_id, module_id, ${COLUMNS})
    SELECT $4::uuid, unit_id, module_id, ${COLUMNS} FROM rolled
    ON CONFLICT (tenant_id, org_unit_id, module_id) DO UPDATE SET
      ${eachColumn((c) => `${c} = EXCLUDED.${c}`)}
     WHERE (${columnsOf('coverage_rollup')}) IS DISTINCT FROM (${columnsOf('EXCLUDED')})
    RETURNING 1
  )
  DELETE FROM coverage_rollup c
   WHERE NOT EXISTS (SELECT 1 FROM rolled r WHERE r.unit_id = c.org_unit_id AND r.module_id = c.module_id)`;

/**
 * Makes coverage_checkpoint_rollup hold months $2 … $3 for tenant $1: each checkpoint added to
 * its unit and every ancestor, in one statement; rows of nobody are left out. The caller has
 * emptied the table and holds the roll-up's lock.
 */
export const CHECKPOINT_ROLLUP_BUILD = `
  INSERT INTO coverage_checkpoint_rollup (tenant_id, month, org_unit_id, module_id, compliant, in_progress, not_started, overdue, exempt)
  SELECT $1::uuid, c.month, label::uuid, c.module_id, sum(c.compliant), sum(c.in_progress), sum(c.not_started),
         sum(c.overdue), sum(c.exempt)
    FROM coverage_checkpoint c JOIN org_unit u ON u.id = c.org_unit_id
   CROSS JOIN LATERAL unnest(string_to_array(u.path::text, '.')) AS label
   WHERE c.month >= $2::date AND c.month <= $3::date
   GROUP BY c.month, label, c.module_id
  HAVING (sum(c.compliant), sum(c.in_progress), sum(c.not_started), sum(c.overdue), sum(c.exempt)) <> (0, 0, 0, 0, 0)
   -- Written in the order a past read asks for them: one month's rows on a few hundred pages,
   -- where in the aggregate's order they fell one to a page over the whole table.
   ORDER BY c.month, label, c.module_id`;

/**
 * One subtree's totals ($4, an ltree) per module on each day of $1 (date[]), each day's
 * checkpoint month given beside it in $2 (date[], NULL before the kept months) and whether
 * coverage_checkpoint_rollup holds that month in $5 (boolean[]); $3 modules; $6 the day
 * coverage_rollup holds when it is one of the days (today), read from there, else NULL.
 */
export const FACT_TREND = `
  WITH day AS (SELECT * FROM unnest($1::date[], $2::date[], $5::boolean[]) AS d(judged_on, month, rolled)),
  root AS (SELECT id FROM org_unit WHERE path = $4::ltree),
  inside AS (SELECT array_agg(id) AS ids FROM org_unit WHERE path <@ $4::ltree),
  -- Per day, LATERAL: an index range of its checkpoint month (and of its few deltas), where one
  -- join of all the days read every checkpoint and delta of the table. A rolled month is the
  -- root's own rows; another month sums the checkpoints of the subtree's every unit.
  node AS (
    -- Today's point is today's roll-up: the subtree's deltas since the month began, read by
    -- unit and day, cost more than every month end together.
    SELECT d.judged_on, c.module_id, ${columnsOf('c')}
      FROM day d CROSS JOIN root r
      JOIN coverage_rollup c ON c.org_unit_id = r.id AND ($3::uuid[] IS NULL OR c.module_id = ANY($3::uuid[]))
     WHERE d.judged_on = $6::date
    UNION ALL
    SELECT d.judged_on, c.module_id, ${columnsOf('c')}
      FROM day d CROSS JOIN root r
     CROSS JOIN LATERAL (
       SELECT * FROM coverage_checkpoint_rollup c
        WHERE c.month = d.month AND c.org_unit_id = r.id AND ($3::uuid[] IS NULL OR c.module_id = ANY($3::uuid[]))
     ) c
     WHERE d.rolled AND d.judged_on IS DISTINCT FROM $6::date
    UNION ALL
    SELECT d.judged_on, c.module_id, ${columnsOf('c')}
      FROM day d CROSS JOIN inside i
     CROSS JOIN LATERAL (
       SELECT * FROM coverage_checkpoint c
        WHERE c.month = d.month AND c.org_unit_id = ANY(i.ids) AND ($3::uuid[] IS NULL OR c.module_id = ANY($3::uuid[]))
     ) c
     WHERE NOT d.rolled AND d.judged_on IS DISTINCT FROM $6::date
    UNION ALL
    SELECT d.judged_on, x.module_id, ${columnsOf('x')}
      FROM day d CROSS JOIN inside i
     CROSS JOIN LATERAL (
       SELECT * FROM coverage_delta x
        WHERE x.day >= coalesce(d.month, '-infinity'::date) AND x.day <= d.judged_on
          AND x.org_unit_id = ANY(i.ids) AND ($3::uuid[] IS NULL OR x.module_id = ANY($3::uuid[]))
        OFFSET 0 -- kept per day, not flattened into one scan of the subtree's every delta
     ) x
     -- A month's last day is the next checkpoint itself (checkpointMonth): no deltas to read.
     WHERE (d.month IS NULL OR d.month <= d.judged_on) AND d.judged_on IS DISTINCT FROM $6::date
  )
  SELECT * FROM (
    SELECT to_char(judged_on, 'YYYY-MM-DD') AS "asOf", module_id AS "moduleId", ${COUNTS}
      FROM node GROUP BY judged_on, module_id
  ) t WHERE population > 0`;

/**
 * The people behind a number on $1, from the kept standings of everyone placed in the subtrees
 * ($3, NULL: all) that day: $2 modules, $4 a status or NULL, $5 limit, $6 offset.
 */
export const FACT_PEOPLE = `
  WITH placed AS (
    SELECT DISTINCT e.person_id FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
     WHERE e.start_date <= $1::date AND (e.end_date IS NULL OR e.end_date >= $1::date)
       AND ($3::ltree[] IS NULL OR u.path <@ $3::ltree[])
  ),
  standing AS (
    SELECT s.person_id, s.module_id, s.status, s.due_date, s.completed_on, s.valid_until
      FROM coverage_standing s JOIN placed p ON p.person_id = s.person_id
     WHERE s.from_date <= $1::date AND $1::date <= s.to_date
       AND ($2::uuid[] IS NULL OR s.module_id = ANY($2::uuid[]))
  ),
  ${PEOPLE_PAGE('$1', '$3', '$4', '$5', '$6')}`;
