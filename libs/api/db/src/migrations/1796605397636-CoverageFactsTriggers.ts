import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTable, releaseTenantTable } from '../isolation/isolate-tenant-table';

const FACT_TABLES = [
  'coverage_standing',
  'coverage_placement',
  'coverage_delta',
  'coverage_checkpoint',
  'coverage_stale_person',
  'coverage_fact_state',
];

/** Tables whose rows name a person, and so move that person's coverage facts. */
const PERSON_TABLES = ['employment', 'completion', 'exemption'];

/**
 * Hand-written: row-level security for the coverage facts, and the one place every change that
 * can move a coverage number is caught: triggers on the tables themselves, so a write through
 * the API, SCIM, an HR import's bulk statements, the demo seed or a script all mark the people
 * whose facts are stale (coverage_stale_person), set-based (statement triggers read the whole
 * statement's rows), in the writing transaction. The reporting area brings those people's facts
 * up to date before it reads (libs/api/reporting/src/facts). Versions published with a redo are
 * caught by the reporting area itself, since a region-shared module's versions are another
 * municipality's rows.
 */
export class CoverageFactsTriggers1796605397636 implements MigrationInterface {
  name = 'CoverageFactsTriggers1796605397636';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of FACT_TABLES) await isolateTenantTable(queryRunner, table);
    await queryRunner.query(`
      CREATE FUNCTION coverage_stale_from_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO coverage_stale_person (tenant_id, person_id)
          SELECT DISTINCT tenant_id, person_id FROM new_rows ON CONFLICT DO NOTHING;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          INSERT INTO coverage_stale_person (tenant_id, person_id)
          SELECT DISTINCT tenant_id, person_id FROM old_rows ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of PERSON_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER coverage_stale_insert AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION coverage_stale_from_rows()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER coverage_stale_update AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION coverage_stale_from_rows()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER coverage_stale_delete AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows
         FOR EACH STATEMENT EXECUTE FUNCTION coverage_stale_from_rows()`,
      );
    }
    // An attempt moves a standing only when it starts or finishes: progress events that update
    // its state (the hot path) mark nobody.
    await queryRunner.query(`
      CREATE FUNCTION coverage_stale_from_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO coverage_stale_person (tenant_id, person_id) VALUES (NEW.tenant_id, NEW.person_id) ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER coverage_stale_insert AFTER INSERT ON attempt FOR EACH ROW EXECUTE FUNCTION coverage_stale_from_attempt()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER coverage_stale_update AFTER UPDATE ON attempt FOR EACH ROW
       WHEN (OLD.started_at IS DISTINCT FROM NEW.started_at OR OLD.completed_at IS DISTINCT FROM NEW.completed_at)
       EXECUTE FUNCTION coverage_stale_from_attempt()`,
    );
    // A rule made, changed or ended: everyone who ever worked where it reaches, old and new target.
    await queryRunner.query(`
      CREATE FUNCTION coverage_stale_from_rule() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r assignment_rule;
      BEGIN
        FOREACH r IN ARRAY (CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW] WHEN 'DELETE' THEN ARRAY[OLD] ELSE ARRAY[OLD, NEW] END) LOOP
          INSERT INTO coverage_stale_person (tenant_id, person_id)
          SELECT DISTINCT e.tenant_id, e.person_id FROM employment e JOIN org_unit u ON u.id = e.org_unit_id
           WHERE e.tenant_id = r.tenant_id
             AND (r.target_org_unit_id IS NULL OR u.path <@ (SELECT t.path FROM org_unit t WHERE t.id = r.target_org_unit_id))
             AND (r.target_job_role IS NULL OR lower(e.job_role) = lower(r.target_job_role))
          ON CONFLICT DO NOTHING;
        END LOOP;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER coverage_stale_rule AFTER INSERT OR UPDATE OR DELETE ON assignment_rule
       FOR EACH ROW EXECUTE FUNCTION coverage_stale_from_rule()`,
    );
    // A unit moved: the roll-up's weights follow the tree's current shape.
    await queryRunner.query(`
      CREATE FUNCTION coverage_stale_from_unit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO coverage_stale_person (tenant_id, person_id)
        SELECT DISTINCT e.tenant_id, e.person_id FROM employment e WHERE e.org_unit_id = NEW.id
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER coverage_stale_unit AFTER UPDATE ON org_unit FOR EACH ROW
       WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION coverage_stale_from_unit()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER coverage_stale_unit ON org_unit`);
    await queryRunner.query(`DROP TRIGGER coverage_stale_rule ON assignment_rule`);
    for (const table of [...PERSON_TABLES, 'attempt']) {
      for (const op of ['insert', 'update', 'delete']) {
        await queryRunner.query(`DROP TRIGGER IF EXISTS coverage_stale_${op} ON "${table}"`);
      }
    }
    for (const fn of ['unit', 'rule', 'attempt', 'rows'])
      await queryRunner.query(`DROP FUNCTION coverage_stale_from_${fn}()`);
    for (const table of [...FACT_TABLES].reverse()) await releaseTenantTable(queryRunner, table);
  }
}
