import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTable, releaseTenantTable } from '../isolation/isolate-tenant-table';

/**
 * Hand-written: row-level security for the HR import. An import is never deleted: once applied
 * it is the record of what the file changed.
 */
export class HrImportIsolation1796595446596 implements MigrationInterface {
  name = 'HrImportIsolation1796595446596';

  async up(queryRunner: QueryRunner): Promise<void> {
    await isolateTenantTable(queryRunner, 'hr_import', 'SELECT, INSERT, UPDATE');
    await isolateTenantTable(queryRunner, 'hr_import_mapping', 'SELECT, INSERT, UPDATE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['hr_import_mapping', 'hr_import']) await releaseTenantTable(queryRunner, table);
  }
}
