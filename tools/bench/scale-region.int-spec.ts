import 'reflect-metadata';
import { DataSource, EntityManager } from 'typeorm';
import { dataSourceOptions, runAsTenant, TenantDb } from '@larnav/api/db';
import { createTestDatabase, TestDatabase } from '@larnav/api/db/testing';
import { ORG_ENTITIES } from '@larnav/api/org';
import { Tenant, TENANCY_ENTITIES, TenantService } from '@larnav/api/tenancy';
import { writeRegion } from './scale-region';

/** Everything the generator wrote that a seed decides, as one digest (tenant ids left out). */
const FINGERPRINT = `
  SELECT md5(string_agg(row, E'\\n' ORDER BY row)) AS digest, count(*)::int AS rows FROM (
    SELECT 'unit ' || id || ' ' || path::text AS row FROM org_unit WHERE parent_id IS NOT NULL
    UNION ALL SELECT 'person ' || id || ' ' || email FROM person
    UNION ALL SELECT 'post ' || id || ' ' || person_id || ' ' || org_unit_id || ' ' || job_role || ' ' || start_date || ' ' || coalesce(end_date::text, '') FROM employment
    UNION ALL SELECT 'rule ' || id || ' ' || module_id FROM assignment_rule
    UNION ALL SELECT 'completion ' || person_id || ' ' || module_id || ' ' || completed_at FROM completion
    UNION ALL SELECT 'attempt ' || person_id || ' ' || module_id || ' ' || started_at FROM attempt
    UNION ALL SELECT 'exemption ' || person_id || ' ' || module_id || ' ' || valid_from FROM exemption
  ) r`;

/** The scale generator (issue 10): the same seed writes the same region, another seed another. */
describe('the scale region generator', () => {
  const databases: TestDatabase[] = [];
  afterAll(() => Promise.all(databases.map((d) => d.drop())));

  const generate = async (seed: number) => {
    const database = await createTestDatabase();
    databases.push(database);
    const dataSource = new DataSource(dataSourceOptions(database.url, [...TENANCY_ENTITIES, ...ORG_ENTITIES]));
    await dataSource.initialize();
    try {
      const db = new TenantDb(dataSource);
      const tenant = await new TenantService(dataSource.getRepository(Tenant)).create({
        slug: 'region',
        name: 'Regionkommun',
        hostnames: ['region.localhost'],
      });
      const step = (_label: string, work: (em: EntityManager) => Promise<unknown>) =>
        runAsTenant(tenant.id, () => db.transaction(work)).then(() => undefined);
      await writeRegion(step, tenant.id, { seed, people: 400, units: 40, today: '2026-12-01' });
      const [print] = await dataSource.query(FINGERPRINT);
      return print as { digest: string; rows: number };
    } finally {
      await dataSource.destroy();
    }
  };

  it('writes the same people, posts, rules and training for the same seed', async () => {
    const [first, again, other] = [await generate(2026), await generate(2026), await generate(7)];
    expect(first.rows).toBeGreaterThan(1000);
    expect(again).toEqual(first);
    expect(other.digest).not.toBe(first.digest);
  });
});
