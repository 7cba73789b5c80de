import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTable, releaseTenantTable } from '../isolation/isolate-tenant-table';

/**
 * Generated, with the row-level security every tenant table has: today's rolled-up coverage.
 * Hand-written: a unit moved in the tree changes whose subtree its people count in, so the
 * roll-up is forgotten (rollup_day NULL) and the next read of today makes it again.
 */
export class CoverageRollup1796629681790 implements MigrationInterface {
  name = 'CoverageRollup1796629681790';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "coverage_rollup" ("compliant" integer NOT NULL, "in_progress" integer NOT NULL, "not_started" integer NOT NULL, "overdue" integer NOT NULL, "exempt" integer NOT NULL, "tenant_id" uuid NOT NULL, "org_unit_id" uuid NOT NULL, "module_id" uuid NOT NULL, CONSTRAINT "PK_7c97c03e34219c6f8060dd0f3fa" PRIMARY KEY ("tenant_id", "org_unit_id", "module_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "coverage_fact_state" ADD "rollup_day" date`);
    await isolateTenantTable(queryRunner, 'coverage_rollup');
    await queryRunner.query(`
      CREATE FUNCTION coverage_rollup_forget() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Row-level security narrows this to the municipality whose tree moved.
        UPDATE coverage_fact_state SET rollup_day = NULL WHERE rollup_day IS NOT NULL;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER coverage_rollup_forget AFTER UPDATE OF path ON org_unit
       FOR EACH STATEMENT EXECUTE FUNCTION coverage_rollup_forget()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER coverage_rollup_forget ON org_unit`);
    await queryRunner.query(`DROP FUNCTION coverage_rollup_forget()`);
    await releaseTenantTable(queryRunner, 'coverage_rollup');
    await queryRunner.query(`ALTER TABLE "coverage_fact_state" DROP COLUMN "rollup_day"`);
    await queryRunner.query(`DROP TABLE "coverage_rollup"`);
  }
}
