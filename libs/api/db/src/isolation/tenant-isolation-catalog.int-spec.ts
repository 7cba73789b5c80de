import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../testing';
import { tenantIsolationGaps } from './isolation-gaps';
import { isolateTenantTable } from './isolate-tenant-table';

/**
 * Tenant isolation by construction: after the migrations, every table with a tenant_id has
 * forced row-level security and the tenant policy, and the application role reads no other
 * table but the declared shared ones. A new migration that forgets fails here, not in production.
 */
describe('the catalog: every tenant table isolated', () => {
  let database: TestDatabase;
  let client: Client;

  beforeEach(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterEach(async () => {
    await client.end();
    await database.drop();
  });
  const gaps = () => tenantIsolationGaps({ query: async (sql, p) => (await client.query(sql, p)).rows });

  it('finds no gap after the committed migrations', async () => {
    const tables = (await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0]
      .n;
    expect(tables).toBeGreaterThan(5);
    expect(await gaps()).toEqual([]);
  });

  it('fails for a migration that adds a tenant table without the policy', async () => {
    await client.query(`CREATE TABLE "module_note" (id uuid PRIMARY KEY, tenant_id uuid NOT NULL, text text)`);
    await client.query(`GRANT SELECT, INSERT ON "module_note" TO larnav_app`);
    expect(await gaps()).toEqual([
      'module_note: has tenant_id but row-level security is not enabled',
      'module_note: has tenant_id but row-level security is not forced',
      'module_note: has tenant_id but no tenant_isolation policy',
    ]);
  });

  it('fails for row-level security enabled but not forced, and for a policy that tests something else', async () => {
    await client.query(`CREATE TABLE "lesson_draft" (id uuid PRIMARY KEY, tenant_id uuid NOT NULL)`);
    await client.query(`ALTER TABLE "lesson_draft" ENABLE ROW LEVEL SECURITY`);
    await client.query(`CREATE POLICY tenant_isolation ON "lesson_draft" USING (true)`);
    expect(await gaps()).toEqual([
      'lesson_draft: has tenant_id but row-level security is not forced',
      'lesson_draft: its tenant_isolation policy does not test tenant_id against app.tenant_id',
    ]);
  });

  it('fails for an undeclared permissive policy that would let other tenants in', async () => {
    await client.query(`CREATE POLICY peek ON "person" FOR SELECT USING (true)`);
    expect(await gaps()).toEqual(['person: policy peek is not a declared tenant crossing']);
  });

  it('fails for a table without tenant_id that the application role can read', async () => {
    await client.query(`CREATE TABLE "everyone_sees" (id uuid PRIMARY KEY)`);
    await client.query(`GRANT SELECT ON "everyone_sees" TO larnav_app`);
    expect(await gaps()).toEqual([
      'everyone_sees: larnav_app can read it, but it has no tenant_id and is not a declared shared table',
    ]);
  });

  it('passes a table isolated the one way migrations do it', async () => {
    await client.query(`CREATE TABLE "module_tag" (id uuid PRIMARY KEY, tenant_id uuid NOT NULL)`);
    await isolateTenantTable({ query: (sql: string) => client.query(sql) }, 'module_tag');
    expect(await gaps()).toEqual([]);
  });
});
