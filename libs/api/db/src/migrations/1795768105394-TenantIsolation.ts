import { MigrationInterface, QueryRunner } from 'typeorm';
import { isolateTenantTable, releaseTenantTable } from '../isolation/isolate-tenant-table';

/** Tables owned by a tenant at the start; later ones call isolateTenantTable in their own migration. */
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
    for (const table of TENANT_TABLES) await isolateTenantTable(queryRunner, table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) await releaseTenantTable(queryRunner, table);
    await queryRunner.query(`REVOKE ALL ON tenant FROM larnav_app`);
  }
}
