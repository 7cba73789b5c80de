import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Room on each page of the roll-ups and deltas for the next versions of their rows. Every
 * refresh adds to rows in place (ON CONFLICT … DO UPDATE); with full pages each new version went
 * to whatever page had space, so a month's rolled checkpoints, written in order, ended up one row
 * to a page across the table (45,000 pages read for 27,000 rows at 100,000 people, against 338
 * in order). With room left, PostgreSQL keeps an updated row on its page (a HOT update: no
 * indexed column changes) and the order holds. Pages written from now on; a rebuild writes all.
 */
const TABLES = ['coverage_checkpoint_rollup', 'coverage_rollup', 'coverage_delta'];

export class CoverageRollupPageRoom1796718245001 implements MigrationInterface {
  name = 'CoverageRollupPageRoom1796718245001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`ALTER TABLE "${table}" SET (fillfactor = 70)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`ALTER TABLE "${table}" RESET (fillfactor)`);
  }
}
