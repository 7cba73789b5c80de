import { APP_ROLE, TENANT_SETTING } from '../app-role';

/** A migration's QueryRunner, or any client that runs SQL. */
export interface SqlRunner {
  query(sql: string): Promise<unknown>;
}

/** The tenant policy's condition; NULLIF: outside a tenant transaction the setting reads '' and matches nothing. */
export const TENANT_CONDITION = `tenant_id = NULLIF(current_setting('${TENANT_SETTING}', true), '')::uuid`;
export const TENANT_POLICY = 'tenant_isolation';

/**
 * The one way a migration makes a table tenant-owned: the application role may use it, row-level
 * security is on and forced (so even the table's owner is held to it), and the tenant policy
 * admits only rows of the tenant the transaction names. The catalog test
 * (tenant-isolation-catalog.int-spec.ts) fails for any tenant table that skipped this.
 * `privileges`: e.g. 'SELECT, INSERT' for an append-only log.
 */
export async function isolateTenantTable(
  queryRunner: SqlRunner,
  table: string,
  privileges = 'SELECT, INSERT, UPDATE, DELETE',
): Promise<void> {
  await queryRunner.query(`GRANT ${privileges} ON "${table}" TO ${APP_ROLE}`);
  await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(
    `CREATE POLICY ${TENANT_POLICY} ON "${table}" USING (${TENANT_CONDITION}) WITH CHECK (${TENANT_CONDITION})`,
  );
}

/** The reverse, for a migration's `down`. */
export async function releaseTenantTable(queryRunner: SqlRunner, table: string): Promise<void> {
  await queryRunner.query(`DROP POLICY IF EXISTS ${TENANT_POLICY} ON "${table}"`);
  await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`REVOKE ALL ON "${table}" FROM ${APP_ROLE}`);
}
