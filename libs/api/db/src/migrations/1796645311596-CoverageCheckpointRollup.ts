import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTable, releaseTenantTable } from '../isolation/isolate-tenant-table';

/** The path trigger's function: what a moved unit makes the next read roll up again. */
const forgetRollups = (columns: string[]) => `
  CREATE OR REPLACE FUNCTION coverage_rollup_forget() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    -- Row-level security narrows this to the municipality whose tree moved.
    UPDATE coverage_fact_state SET ${columns.map((c) => `${c} = NULL`).join(', ')}
     WHERE ${columns.map((c) => `${c} IS NOT NULL`).join(' OR ')};
    RETURN NULL;
  END $$`;

/**
 * Generated, with the row-level security every tenant table has: the month checkpoints rolled up
 * per ancestor. Hand-written: a unit moved in the tree changes whose subtree its people count in,
 * so the path trigger of CoverageRollup forgets these too (checkpoint_rollup_from NULL) and the
 * next past read makes them again.
 */
export class CoverageCheckpointRollup1796645311596 implements MigrationInterface {
  name = 'CoverageCheckpointRollup1796645311596';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "coverage_checkpoint_rollup" ("compliant" integer NOT NULL, "in_progress" integer NOT NULL, "not_started" integer NOT NULL, "overdue" integer NOT NULL, "exempt" integer NOT NULL, "tenant_id" uuid NOT NULL, "month" date NOT NULL, "org_unit_id" uuid NOT NULL, "module_id" uuid NOT NULL, CONSTRAINT "PK_2595de4c1a8eeb094604f0fbaf2" PRIMARY KEY ("tenant_id", "month", "org_unit_id", "module_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "coverage_fact_state" ADD "checkpoint_rollup_from" date`);
    await isolateTenantTable(queryRunner, 'coverage_checkpoint_rollup');
    await queryRunner.query(forgetRollups(['rollup_day', 'checkpoint_rollup_from']));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(forgetRollups(['rollup_day']));
    await releaseTenantTable(queryRunner, 'coverage_checkpoint_rollup');
    await queryRunner.query(`ALTER TABLE "coverage_fact_state" DROP COLUMN "checkpoint_rollup_from"`);
    await queryRunner.query(`DROP TABLE "coverage_checkpoint_rollup"`);
  }
}
