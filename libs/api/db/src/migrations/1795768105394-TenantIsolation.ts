import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables owned by a tenant; every new one is added here in its own migration. */
const TENANT_TABLES = ['org_unit', 'person', 'employment'];

/**
 * Hand-written: TypeORM cannot express roles or row-level security. Tenant transactions run as
 * `larnav_app`, which cannot bypass RLS, with `app.tenant_id` naming the municipality; a row of
 * another tenant is then neither visible nor writable, whatever a query says.
 */
export class TenantIsolation1795768105394 implements MigrationInterface {
  name = 'TenantIsolation1795768105394';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Roles belong to the whole server, which several databases (and test runs) may share.
    await queryRunner.query(`
      DO $$ BEGIN
        CREATE ROLE larnav_app NOLOGIN NOBYPASSRLS;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    // A non-superuser owner must be a member to SET ROLE; a superuser already may.
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          EXECUTE format('GRANT larnav_app TO %I', current_user);
        END IF;
      END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO larnav_app`);
    await queryRunner.query(`GRANT SELECT ON tenant TO larnav_app`);
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO larnav_app`);
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      // NULLIF: outside a tenant transaction the setting reads '' and must match nothing.
      await queryRunner.query(`
        CREATE POLICY tenant_isolation ON "${table}"
          USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
          WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM larnav_app`);
    }
    await queryRunner.query(`REVOKE ALL ON tenant FROM larnav_app`);
  }
}
