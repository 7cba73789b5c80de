import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTable, releaseTenantTable } from '../isolation/isolate-tenant-table';

/**
 * Hand-written: row-level security for the parts of a completion. Like progress events they
 * are only ever added: the application role may insert and read them, never change or delete.
 */
export class BlendedModulesIsolation1796605119084 implements MigrationInterface {
  name = 'BlendedModulesIsolation1796605119084';

  async up(queryRunner: QueryRunner): Promise<void> {
    await isolateTenantTable(queryRunner, 'completion_part', 'SELECT, INSERT');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await releaseTenantTable(queryRunner, 'completion_part');
  }
}
