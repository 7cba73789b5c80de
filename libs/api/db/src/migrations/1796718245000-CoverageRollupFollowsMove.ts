import { MigrationInterface, QueryRunner } from 'typeorm';

/** The roll-up columns, each shifted by the moved subtree's counts times the ancestor's sign. */
const COUNT_COLUMNS = ['compliant', 'in_progress', 'not_started', 'overdue', 'exempt'];
const shifted = (table: string) => COUNT_COLUMNS.map((c) => `sum(s.sign * ${table}.${c})`).join(', ');
const added = (table: string) => COUNT_COLUMNS.map((c) => `${c} = ${table}.${c} + EXCLUDED.${c}`).join(', ');

/**
 * Per moved root, each ancestor it left (sign −1) and joined (+1): the roots are the moved units
 * with no moved ancestor (the move writes the paths first, then parent_id, so the paths alone tell).
 */
const SHIFT = `
    moved AS (
      SELECT n.tenant_id, n.id, o.path AS old_path, n.path AS new_path
        FROM new_units n JOIN old_units o ON o.id = n.id WHERE o.path <> n.path
    ),
    root AS (
      SELECT m.tenant_id, m.id,
             string_to_array(subpath(m.old_path, 0, nlevel(m.old_path) - 1)::text, '.') AS was_under,
             string_to_array(subpath(m.new_path, 0, nlevel(m.new_path) - 1)::text, '.') AS now_under
        FROM moved m
       WHERE NOT EXISTS (SELECT 1 FROM moved a WHERE a.tenant_id = m.tenant_id AND a.id <> m.id AND a.old_path @> m.old_path)
    ),
    shift AS (
      SELECT tenant_id, id AS root_id, label::uuid AS ancestor_id, -1 AS sign FROM root, unnest(was_under) AS label
       WHERE NOT label = ANY(now_under)
      UNION ALL
      SELECT tenant_id, id, label::uuid, 1 FROM root, unnest(now_under) AS label WHERE NOT label = ANY(was_under)
    )`;

/**
 * Hand-written: a unit moved in the tree no longer forgets the roll-ups (today's, and the month
 * checkpoints rolled up per ancestor), which the next read then made again from every checkpoint:
 * 31 s at 100,000 people, holding the roll-up's lock so that no change showed meanwhile.
 *
 * A roll-up row of unit X is the sum of the facts of every unit with X on its path. A moved
 * subtree (its root r) changes only which ancestors outside it count it: its units' rows within it
 * stay. So r's own rows, which are the subtree's totals, are taken from the ancestors it left and
 * added to those it joined: the months × modules of one unit, a few thousand rows. The people
 * placed in the subtree are marked stale by CoverageFactsTriggers as before (the rules that reach
 * them, and their weights, follow the tree's new shape), and their refresh then subtracts their
 * old facts along the new paths, which is where this shift put them.
 *
 * Under the roll-up's lock (CoverageFacts' lockRollup), as every writer of the roll-ups takes it:
 * a rebuild committing meanwhile would otherwise miss the shift, or have it counted twice.
 * A statement trigger with transition tables sees the subtree's every path at once.
 */
const followMove = `
  CREATE FUNCTION coverage_rollup_follow_move() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    moved_tenant uuid;
  BEGIN
    FOR moved_tenant IN
      SELECT DISTINCT n.tenant_id FROM new_units n JOIN old_units o ON o.id = n.id WHERE o.path <> n.path
    LOOP
      PERFORM pg_advisory_xact_lock(hashtext('coverage_rollup'), hashtext(moved_tenant::text));
    END LOOP;
    IF NOT FOUND THEN
      RETURN NULL;
    END IF;

    WITH ${SHIFT}
    INSERT INTO coverage_rollup (tenant_id, org_unit_id, module_id, ${COUNT_COLUMNS.join(', ')})
    SELECT s.tenant_id, s.ancestor_id, r.module_id, ${shifted('r')}
      FROM shift s
     CROSS JOIN LATERAL (
       SELECT * FROM coverage_rollup r WHERE r.tenant_id = s.tenant_id AND r.org_unit_id = s.root_id OFFSET 0
     ) r
     GROUP BY 1, 2, 3
    ON CONFLICT (tenant_id, org_unit_id, module_id) DO UPDATE SET ${added('coverage_rollup')};

    -- Per month and root, each an index range of the key (tenant, month, unit, module): joined
    -- as a whole, the planner hashed the few roots and read all 1.4 M rows (0.7 s a move). The
    -- months are dates before the lookup: a cast inside it is not leakproof, so under row-level
    -- security it could not reach the index.
    WITH ${SHIFT}
    INSERT INTO coverage_checkpoint_rollup (tenant_id, month, org_unit_id, module_id, ${COUNT_COLUMNS.join(', ')})
    SELECT s.tenant_id, m.month, s.ancestor_id, r.module_id, ${shifted('r')}
      FROM shift s
      JOIN coverage_fact_state f ON f.tenant_id = s.tenant_id AND f.checkpoint_rollup_from IS NOT NULL
     CROSS JOIN LATERAL (
       SELECT generate_series(f.checkpoint_rollup_from, f.last_month, interval '1 month')::date AS month
     ) m
     CROSS JOIN LATERAL (
       SELECT * FROM coverage_checkpoint_rollup r
        WHERE r.tenant_id = s.tenant_id AND r.month = m.month AND r.org_unit_id = s.root_id
       OFFSET 0
     ) r
     GROUP BY 1, 2, 3, 4
    ON CONFLICT (tenant_id, month, org_unit_id, module_id) DO UPDATE SET ${added('coverage_checkpoint_rollup')};
    RETURN NULL;
  END $$`;

const forgetRollups = `
  CREATE FUNCTION coverage_rollup_forget() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    -- Row-level security narrows this to the municipality whose tree moved.
    UPDATE coverage_fact_state SET rollup_day = NULL, checkpoint_rollup_from = NULL
     WHERE rollup_day IS NOT NULL OR checkpoint_rollup_from IS NOT NULL;
    RETURN NULL;
  END $$`;

export class CoverageRollupFollowsMove1796718245000 implements MigrationInterface {
  name = 'CoverageRollupFollowsMove1796718245000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER coverage_rollup_forget ON org_unit`);
    await queryRunner.query(`DROP FUNCTION coverage_rollup_forget()`);
    await queryRunner.query(followMove);
    // Transition tables take no column list (UPDATE OF path): the function looks for changed paths.
    await queryRunner.query(
      `CREATE TRIGGER coverage_rollup_follow_move AFTER UPDATE ON org_unit
       REFERENCING OLD TABLE AS old_units NEW TABLE AS new_units
       FOR EACH STATEMENT EXECUTE FUNCTION coverage_rollup_follow_move()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER coverage_rollup_follow_move ON org_unit`);
    await queryRunner.query(`DROP FUNCTION coverage_rollup_follow_move()`);
    await queryRunner.query(forgetRollups);
    await queryRunner.query(
      `CREATE TRIGGER coverage_rollup_forget AFTER UPDATE OF path ON org_unit
       FOR EACH STATEMENT EXECUTE FUNCTION coverage_rollup_forget()`,
    );
  }
}
