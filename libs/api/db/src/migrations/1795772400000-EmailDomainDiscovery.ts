import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: a deliberate, narrow crossing of tenants. Someone who arrives at an address
 * no municipality has types their email; finding which municipality owns its domain has to read
 * every tenant's sign-in settings. Only a transaction that declares this purpose
 * (`app.crossing = 'email-domain'`, set by TenantDb.crossTenants) may read them, and only them.
 */
export class EmailDomainDiscovery1795772400000 implements MigrationInterface {
  name = 'EmailDomainDiscovery1795772400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE POLICY email_domain_discovery ON "sign_in_config" FOR SELECT
        USING (current_setting('app.crossing', true) = 'email-domain')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS email_domain_discovery ON "sign_in_config"`);
  }
}
