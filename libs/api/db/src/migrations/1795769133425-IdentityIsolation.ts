import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTable, releaseTenantTable } from '../isolation/isolate-tenant-table';

const TENANT_TABLES = ['sign_in_config', 'claim_mapping', 'role_grant', 'integration_token'];

/**
 * Hand-written: row-level security for the identity and audit tables, as in TenantIsolation.
 * The audit log is append-only for the application role: no UPDATE, no DELETE.
 */
export class IdentityIsolation1795769133425 implements MigrationInterface {
  name = 'IdentityIsolation1795769133425';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) await isolateTenantTable(queryRunner, table);
    await isolateTenantTable(queryRunner, 'audit_event', 'SELECT, INSERT');
    // Ending every session of a person looks them up by the id inside the session.
    await queryRunner.query(`CREATE INDEX "IDX_session_person" ON "session" (((sess -> 'auth' ->> 'personId')))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_session_person"`);
    for (const table of [...TENANT_TABLES, 'audit_event']) await releaseTenantTable(queryRunner, table);
  }
}
