import { EntityManager } from 'typeorm';
import { scaleTree, ScaleUnit, seededUuid } from './scale-org';

/**
 * A large region's training history, deterministic by seed (issue 10 item 9): `people` people
 * (default 100,000) in 2,000 units, 50 modules required by 60 rules, five years of turnover at
 * 15 % a year (leavers, hires and transfers as effective-dated employments), and about three
 * million completions (first completions, some late or never, then recertifications). Every
 * statement is set-based SQL over generate_series; every id and draw comes from md5 of the seed,
 * so the same seed writes the same region.
 *
 * The window is the five years up to `today`. Of the people, 60 % are on the staff when it
 * opens (employed since up to 19 years before), 40 % are hired during it; everyone leaves at
 * 15 % a year (exponential tenure), a quarter transfer once (the old post ends the day before
 * the new one starts), 3 % hold a second post in another unit.
 */
export interface RegionOptions {
  seed: number;
  people: number;
  units: number;
  today: string;
}

export interface Region {
  tree: ScaleUnit[];
  windowStart: string;
  modules: string[];
}

const MODULES = 50;
const RULES = 60;
const ROLES = ['handläggare', 'undersköterska', 'lärare', 'ingenjör', 'chef'];

/** SQL for a uniform draw in [0, 1) from the seed and an SQL text key. */
const draw = (seed: number, key: string) =>
  `(('x' || substr(md5('${seed}:' || ${key}), 1, 8))::bit(32)::bigint / 4294967296.0)`;

/**
 * Writes the region in steps, each in its own transaction of `step` (the benchmark analyses the
 * tables between them, so each statement is planned on the sizes written before it). Rules are
 * written before the posts, so their triggers find nobody to mark and the posts' one statement
 * marks everyone.
 */
export async function writeRegion(
  step: (label: string, work: (em: EntityManager) => Promise<unknown>) => Promise<void>,
  tenantId: string,
  o: RegionOptions,
): Promise<Region> {
  const units = scaleTree(o.units, o.seed);
  const windowStart = `${Number(o.today.slice(0, 4)) - 5}${o.today.slice(4)}`;
  const modules = Array.from({ length: MODULES }, (_, m) => seededUuid(o.seed, `module:${m}`));
  const targets = units.filter((u) => u.depth === 1 || u.depth === 2).map((u) => u.id);
  await step(`${o.units} units, ${o.people} people, ${RULES} rules`, async (em) => {
    await em.query(
      `INSERT INTO org_unit (id, tenant_id, parent_id, name, code, path)
       SELECT u.id, $1::uuid, u.parent_id, 'Enhet ' || u.n, 'E' || u.n, u.path::ltree
         FROM unnest($2::uuid[], $3::uuid[], $4::text[]) WITH ORDINALITY AS u(id, parent_id, path, n)`,
      [tenantId, units.map((u) => u.id), units.map((u) => u.parentId), units.map((u) => u.path)],
    );
    await em.query(
      `INSERT INTO person (id, tenant_id, email, name, employee_number)
       SELECT md5('${o.seed}:person:' || i)::uuid, $1::uuid, 'person' || i || '@region.se',
              'Person ' || lpad(i::text, 6, '0'), lpad(i::text, 7, '0')
         FROM generate_series(1, $2::int) AS i`,
      [tenantId, o.people],
    );
    await writeRules(em, tenantId, o.seed, modules, targets, windowStart);
  });
  await step('five years of posts', (em) => writeEmployments(em, tenantId, o, units, windowStart));
  await step('completions, attempts, exemptions', (em) => writeTraining(em, tenantId, o, windowStart));
  return { tree: units, windowStart, modules };
}

async function writeEmployments(
  em: EntityManager,
  tenantId: string,
  o: RegionOptions,
  units: ScaleUnit[],
  windowStart: string,
): Promise<void> {
  const staffUnits = units.filter((u) => u.depth > 0).map((u) => u.id);
  const d = (key: string) => draw(o.seed, `'${key}:' || i`);
  await em.query(
    `WITH p AS (
       SELECT i, md5('${o.seed}:person:' || i)::uuid AS person_id,
              CASE WHEN i <= $3::int * 0.6 THEN $4::date - floor(${d('tenure')} * 7000)::int
                   ELSE $4::date + floor(${d('hire')} * ($5::date - $4::date))::int END AS start_date,
              floor(${d('unit')} * $6::int)::int AS unit_index,
              $7::text[] AS roles, ${d('role')} AS role_draw, ${d('transfer')} AS transfer_draw,
              ${d('move')} AS move_draw, ${d('second')} AS second_draw, ${d('stay')} AS stay_draw
         FROM generate_series(1, $3::int) AS i
     ), tenure AS (
       SELECT p.*, greatest(start_date, $4::date) + floor(-ln(1 - stay_draw) / 0.15 * 365.25)::int AS leaves_on
         FROM p
     ), planned AS (
       SELECT t.*, roles[1 + floor(role_draw * cardinality(roles))::int] AS job_role,
              CASE WHEN leaves_on <= $5::date THEN leaves_on END AS end_date,
              CASE WHEN transfer_draw < 0.25 AND least(leaves_on, $5::date) - greatest(start_date, $4::date) > 60
                   THEN greatest(start_date, $4::date) + 30
                        + floor(move_draw * (least(leaves_on, $5::date) - greatest(start_date, $4::date) - 60))::int END AS moves_on
         FROM tenure t
     )
     -- Ids from the seed too: the training's draws are keyed by the post's id.
     INSERT INTO employment (id, tenant_id, person_id, org_unit_id, job_role, start_date, end_date)
     SELECT md5('${o.seed}:post:' || i)::uuid, $1::uuid, person_id, ($2::uuid[])[1 + unit_index], job_role, start_date,
            coalesce(moves_on - 1, end_date)
       FROM planned
     UNION ALL
     SELECT md5('${o.seed}:moved-post:' || i)::uuid, $1::uuid, person_id,
            ($2::uuid[])[1 + (unit_index + 1 + floor(move_draw * ($6::int - 1))::int) % $6::int], job_role, moves_on, end_date
       FROM planned WHERE moves_on IS NOT NULL
     UNION ALL
     SELECT md5('${o.seed}:second-post:' || i)::uuid, $1::uuid, person_id, ($2::uuid[])[1 + (unit_index + 7) % $6::int],
            job_role, start_date + 30, end_date
       FROM planned WHERE second_draw < 0.03 AND (end_date IS NULL OR end_date > start_date + 30)`,
    [tenantId, staffUnits, o.people, windowStart, o.today, staffUnits.length, ROLES],
  );
}

/**
 * 60 rules over 50 modules (the first ten required by two rules): 8 for everyone, 40 for a
 * förvaltning's or avdelning's subtree, 12 for a job role; every due basis; yearly, two-yearly or
 * no recertification; most in force before the window, every fifth starting inside it, every
 * twelfth ended.
 */
async function writeRules(
  em: EntityManager,
  tenantId: string,
  seed: number,
  modules: string[],
  targets: string[],
  windowStart: string,
): Promise<void> {
  await em.query(
    `WITH r AS (
       SELECT k, ($2::uuid[])[1 + (k - 1) % cardinality($2::uuid[])] AS module_id,
              (ARRAY['employment-start', 'transfer', 'rule-start', 'fixed-date'])[1 + k % 4] AS due_basis,
              CASE WHEN k % 5 = 0 THEN $4::date + (k * 29) % 1500 ELSE $4::date - 400 END AS valid_from
         FROM generate_series(1, $5::int) AS k
     )
     INSERT INTO assignment_rule (id, tenant_id, name, module_id, target_org_unit_id, target_job_role, due_basis,
                                  due_days, due_date, recertify_months, valid_from, valid_to)
     SELECT md5('${seed}:rule:' || k)::uuid, $1::uuid, 'Regel ' || k, module_id,
            CASE WHEN k BETWEEN 9 AND 48 THEN ($3::uuid[])[1 + (k * 7919) % cardinality($3::uuid[])] END,
            CASE WHEN k > 48 THEN ($6::text[])[1 + k % cardinality($6::text[])] END,
            due_basis, CASE WHEN due_basis = 'fixed-date' THEN NULL ELSE 30 + (k * 7) % 60 END,
            CASE WHEN due_basis = 'fixed-date' THEN valid_from + 90 END,
            CASE k % 3 WHEN 0 THEN 12 WHEN 1 THEN 24 END,
            valid_from, CASE WHEN k % 12 = 0 THEN valid_from + 900 END
       FROM r`,
    [tenantId, modules, targets, windowStart, RULES, ROLES],
  );
}

/**
 * Completions for what the rules require, posts × rules matched as the engine matches them
 * (subtree and job role), over the part of the post inside the rule's days and the window:
 * 10 % never complete, the rest first after 20–130 % of the due days (some late), then again
 * 0–40 days before each recertification falls due, while the post lasts. An open attempt for
 * 5 % of pairs (started in the last 60 days), an exemption for 1 %.
 */
async function writeTraining(
  em: EntityManager,
  tenantId: string,
  o: RegionOptions,
  windowStart: string,
): Promise<void> {
  const key = `e.id::text || r.id::text`;
  const pairs = `
    FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
    JOIN assignment_rule r
      ON (r.target_org_unit_id IS NULL OR u.path <@ (SELECT t.path FROM org_unit t WHERE t.id = r.target_org_unit_id))
     AND (r.target_job_role IS NULL OR lower(e.job_role) = lower(r.target_job_role))
    CROSS JOIN LATERAL (
      SELECT greatest(e.start_date, r.valid_from, $2::date - 365) AS span_from,
             least(coalesce(e.end_date, $3::date), coalesce(r.valid_to, $3::date), $3::date) AS span_to
    ) s
   WHERE s.span_from <= s.span_to`;
  await em.query(
    `INSERT INTO completion (tenant_id, person_id, module_id, version_id, completed_at, method)
     SELECT DISTINCT ON (e.person_id, r.module_id, c.completed_on) $1::uuid, e.person_id, r.module_id,
            md5(${key} || ':' || c.k)::uuid, (c.completed_on + time '10:00') AT TIME ZONE 'Europe/Stockholm', 'e-learning'
     ${pairs.replace(
       'WHERE s.span_from <= s.span_to',
       `CROSS JOIN LATERAL (
          SELECT s.span_from + floor(coalesce(r.due_days, 60) * (0.2 + 1.1 * ${draw(o.seed, `'first:' || ${key}`)}))::int AS first_on
        ) f
       CROSS JOIN LATERAL (
          SELECT k, (f.first_on + make_interval(months => coalesce(r.recertify_months, 0) * k))::date
                    - CASE WHEN k > 0 THEN floor(40 * ${draw(o.seed, `'early:' || ${key} || k`)})::int ELSE 0 END AS completed_on
            FROM generate_series(0, CASE WHEN r.recertify_months IS NULL THEN 0
                                         ELSE ((s.span_to - f.first_on) / (r.recertify_months * 30.4))::int END) AS k
        ) c
       WHERE s.span_from <= s.span_to AND ${draw(o.seed, `'never:' || ${key}`)} >= 0.1 AND c.completed_on <= s.span_to`,
     )}
     ORDER BY e.person_id, r.module_id, c.completed_on`,
    [tenantId, windowStart, o.today],
  );
  await em.query(
    `INSERT INTO attempt (tenant_id, person_id, module_id, version_id, state, started_at, updated_at)
     SELECT DISTINCT ON (e.person_id, r.module_id) $1::uuid, e.person_id, r.module_id, md5('attempt:' || ${key})::uuid, '{}'::jsonb,
            ($3::date - floor(60 * ${draw(o.seed, `'attempt-day:' || ${key}`)})::int + time '09:00') AT TIME ZONE 'Europe/Stockholm', now()
     ${pairs} AND e.end_date IS NULL AND ${draw(o.seed, `'attempt:' || ${key}`)} < 0.05
     ORDER BY e.person_id, r.module_id`,
    [tenantId, windowStart, o.today],
  );
  await em.query(
    `INSERT INTO exemption (tenant_id, person_id, module_id, reason, valid_from, valid_to)
     SELECT DISTINCT ON (e.person_id, r.module_id) $1::uuid, e.person_id, r.module_id, 'Föräldraledig',
            s.span_from + 20, s.span_from + 290
     ${pairs} AND ${draw(o.seed, `'exempt:' || ${key}`)} < 0.01
     ORDER BY e.person_id, r.module_id`,
    [tenantId, windowStart, o.today],
  );
}
