import { DataSource, EntityManager } from 'typeorm';
import {
  APP_ROLE,
  dataSourceOptions,
  keepCalendarDatesAsStrings,
  runWithManager,
  TENANT_SETTING,
  TenantDb,
} from '@larnav/api/db';
import { EmploymentService, HeadCountQueries, ORG_ENTITIES, OrgUnitService } from '@larnav/api/org';
import { Tenant, TENANCY_ENTITIES, TenantService } from '@larnav/api/tenancy';
import { DEMO_MUNICIPALITIES, DemoMunicipality } from './demo-municipalities';
import { planTurnover } from './turnover';
import { writeMunicipality } from './write-municipality';

export interface DemoSeedReport {
  slug: string;
  /** False when the municipality was already there and nothing was written. */
  seeded: boolean;
  milliseconds: number;
}

/**
 * Writes the demo municipalities, Stenungsund and Tjörn, unless they are already there. Each is
 * written in one transaction, registry row included, so an interrupted seed leaves nothing
 * behind and the next start simply seeds again.
 */
export async function seedDemo(databaseUrl: string): Promise<DemoSeedReport[]> {
  keepCalendarDatesAsStrings();
  const dataSource = new DataSource(dataSourceOptions(databaseUrl, [...TENANCY_ENTITIES, ...ORG_ENTITIES]));
  await dataSource.initialize();
  try {
    const reports: DemoSeedReport[] = [];
    for (const municipality of DEMO_MUNICIPALITIES) reports.push(await seedMunicipality(dataSource, municipality));
    return reports;
  } finally {
    await dataSource.destroy();
  }
}

export async function seedMunicipality(
  dataSource: DataSource,
  municipality: DemoMunicipality,
): Promise<DemoSeedReport> {
  const started = performance.now();
  const timeline = planTurnover(municipality.plan);
  const seeded = await dataSource.transaction(async (em) => {
    // Two API processes starting on one database: the second waits here, then finds it seeded.
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`larnav-demo:${municipality.slug}`]);
    const tenants = new TenantService(em.getRepository(Tenant));
    if (await tenants.findBySlug(municipality.slug)) return false;
    const { slug, name, hostnames } = municipality;
    const { id: tenantId } = await tenants.create({ slug, name, hostnames });
    await confineToTenant(em, tenantId);
    const db = new TenantDb(dataSource);
    const units = new OrgUnitService(db, new HeadCountQueries());
    const employments = new EmploymentService(db, units);
    // The services' own transactions join this one.
    await runWithManager({ tenantId }, em, () =>
      writeMunicipality(municipality.plan.org, timeline, { units, employments }),
    );
    return true;
  });
  return { slug: municipality.slug, seeded, milliseconds: Math.round(performance.now() - started) };
}

/**
 * What TenantDb does when it opens a transaction, done here after the registry row is written:
 * the application role may read the tenant table but not write it, so the row goes in first,
 * as the login role, and the rest of the transaction runs under row-level security.
 */
async function confineToTenant(em: EntityManager, tenantId: string): Promise<void> {
  await em.query(`SELECT set_config($1, $2, true)`, [TENANT_SETTING, tenantId]);
  await em.query(`SET LOCAL ROLE ${APP_ROLE}`);
}
