import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: each row of today's roll-up (coverage_rollup) says which write last changed it,
 * so a server that keeps a copy of today's tree in memory (reporting's TodaysRollup) reads only
 * the rows changed since its copy, not all 28,000 of a 100,000-person region on every read.
 *
 * - `generation`: stamped on every insert and update by a row trigger, one number per writing
 *   transaction, from a sequence taken at the transaction's first roll-up write. Every writer of
 *   the roll-up holds the municipality's roll-up lock (CoverageFacts' lockRollup, and the move's
 *   trigger), so within a municipality generations commit in the order they are taken: a read
 *   that sees generation N sees every write before it, and no later one lands below N.
 * - `coverage_fact_state.rollup_built`: taken from the same sequence whenever the roll-up is made
 *   again from the checkpoints (a new day, a rebuild), which deletes rows; a copy made under
 *   another number is read again whole.
 *
 * Rows the refresh brings to zero stay (as before), stamped, so a copy drops them; a unit's move
 * shifts rows in place (CoverageRollupFollowsMove), stamped too.
 */
export class CoverageRollupGeneration1796803200000 implements MigrationInterface {
  name = 'CoverageRollupGeneration1796803200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE "coverage_rollup_generation"`);
    await queryRunner.query(`GRANT USAGE ON SEQUENCE "coverage_rollup_generation" TO larnav_app`);
    await queryRunner.query(`ALTER TABLE "coverage_rollup" ADD "generation" bigint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "coverage_fact_state" ADD "rollup_built" bigint NOT NULL DEFAULT 0`);
    // The setting is local to the transaction: its first roll-up write takes the number, the rest reuse it.
    await queryRunner.query(`
      CREATE FUNCTION coverage_rollup_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        taken text := current_setting('larnav.rollup_generation', true);
      BEGIN
        IF taken IS NULL OR taken = '' THEN
          taken := nextval('coverage_rollup_generation')::text;
          PERFORM set_config('larnav.rollup_generation', taken, true);
        END IF;
        NEW.generation := taken::bigint;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER coverage_rollup_stamp BEFORE INSERT OR UPDATE ON "coverage_rollup"
       FOR EACH ROW EXECUTE FUNCTION coverage_rollup_stamp()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER coverage_rollup_stamp ON "coverage_rollup"`);
    await queryRunner.query(`DROP FUNCTION coverage_rollup_stamp()`);
    await queryRunner.query(`ALTER TABLE "coverage_fact_state" DROP COLUMN "rollup_built"`);
    await queryRunner.query(`ALTER TABLE "coverage_rollup" DROP COLUMN "generation"`);
    await queryRunner.query(`DROP SEQUENCE "coverage_rollup_generation"`);
  }
}
