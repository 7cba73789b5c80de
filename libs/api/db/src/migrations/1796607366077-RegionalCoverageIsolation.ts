import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTable, releaseTenantTable } from '../isolation/isolate-tenant-table';

/**
 * Hand-written: row-level security for the regional comparison. Each municipality writes only
 * its own rows. The one crossing, `regional-coverage` (TenantDb.crossTenants), reads the counts
 * of every sharing municipality, and only where at least five people are counted: a smaller
 * group could point at a person, so PostgreSQL never lets it out, whatever a query asks.
 */
export class RegionalCoverageIsolation1796607366077 implements MigrationInterface {
  name = 'RegionalCoverageIsolation1796607366077';

  async up(queryRunner: QueryRunner): Promise<void> {
    await isolateTenantTable(queryRunner, 'regional_sharing');
    await isolateTenantTable(queryRunner, 'regional_coverage');
    await queryRunner.query(`
      CREATE POLICY regional_coverage_read ON "regional_coverage" FOR SELECT
        USING (current_setting('app.crossing', true) = 'regional-coverage' AND population - exempt >= 5)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS regional_coverage_read ON "regional_coverage"`);
    for (const table of ['regional_coverage', 'regional_sharing']) await releaseTenantTable(queryRunner, table);
  }
}
