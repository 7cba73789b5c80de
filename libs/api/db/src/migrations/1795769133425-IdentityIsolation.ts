import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['sign_in_config', 'claim_mapping', 'role_grant', 'integration_token'];

/**
 * Hand-written: row-level security for the identity and audit tables, as in TenantIsolation.
 * The audit log is append-only for the application role: no UPDATE, no DELETE.
 */
export class IdentityIsolation1795769133425 implements MigrationInterface {
  name = 'IdentityIsolation1795769133425';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO larnav_app`);
      await this.isolate(queryRunner, table);
    }
    await queryRunner.query(`GRANT SELECT, INSERT ON "audit_event" TO larnav_app`);
    await this.isolate(queryRunner, 'audit_event');
    // Ending every session of a person looks them up by the id inside the session.
    await queryRunner.query(`CREATE INDEX "IDX_session_person" ON "session" (((sess -> 'auth' ->> 'personId')))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_session_person"`);
    for (const table of [...TENANT_TABLES, 'audit_event']) {
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM larnav_app`);
    }
  }

  private async isolate(queryRunner: QueryRunner, table: string): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY tenant_isolation ON "${table}"
        USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
        WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)`);
  }
}
