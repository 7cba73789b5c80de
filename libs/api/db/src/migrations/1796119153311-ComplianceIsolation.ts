import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTable, releaseTenantTable } from '../isolation/isolate-tenant-table';

/**
 * Hand-written: row-level security for assignment rules and exemptions. Rules are ended, never
 * deleted, so the application role may not delete them: the past stays computable.
 */
export class ComplianceIsolation1796119153311 implements MigrationInterface {
  name = 'ComplianceIsolation1796119153311';

  async up(queryRunner: QueryRunner): Promise<void> {
    await isolateTenantTable(queryRunner, 'assignment_rule', 'SELECT, INSERT, UPDATE');
    await isolateTenantTable(queryRunner, 'exemption', 'SELECT, INSERT, UPDATE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await releaseTenantTable(queryRunner, 'exemption');
    await releaseTenantTable(queryRunner, 'assignment_rule');
  }
}
