import { DataSource, EntityManager } from 'typeorm';
import { AUDIT_ENTITIES } from '@larnav/api/audit';
import { CATALOG_ENTITIES } from '@larnav/api/catalog';
import { COMPLIANCE_ENTITIES } from '@larnav/api/compliance';
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
import { DEMO_MODULES, writeDemoModules } from './content/seed-content';
import { DEMO_ACCOUNTS, DemoAccount } from './demo-accounts';
import { DEMO_MUNICIPALITIES, DemoMunicipality } from './demo-municipalities';
import { writeDemoRequirements } from './requirements/seed-requirements';
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
  const dataSource = new DataSource(
    dataSourceOptions(databaseUrl, [
      ...TENANCY_ENTITIES,
      ...ORG_ENTITIES,
      ...AUDIT_ENTITIES,
      ...CATALOG_ENTITIES,
      ...COMPLIANCE_ENTITIES,
    ]),
  );
  await dataSource.initialize();
  try {
    const reports: DemoSeedReport[] = [];
    for (const municipality of DEMO_MUNICIPALITIES) {
      reports.push(await seedMunicipality(dataSource, municipality));
      await seedModules(dataSource, municipality);
    }
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
    await writeUnitManagers(em, municipality.slug);
    return true;
  });
  return { slug: municipality.slug, seeded, milliseconds: Math.round(performance.now() - started) };
}

/** The demo accounts that are a unit's chef (Lena Holm for Bygglov) become it, as an admin would set it. */
async function writeUnitManagers(em: EntityManager, slug: string): Promise<void> {
  for (const account of Object.values<DemoAccount>(DEMO_ACCOUNTS)) {
    if (account.tenantSlug !== slug || !account.managesUnit) continue;
    await em.query(`UPDATE org_unit SET manager_id = (SELECT id FROM person WHERE email = $1) WHERE code = $2`, [
      account.email,
      account.managesUnit,
    ]);
  }
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

/**
 * The demo's training modules, apart from the people: a database seeded before modules existed
 * gets them on its next start. Skipped when the municipality has any module already.
 */
export async function seedModules(dataSource: DataSource, municipality: DemoMunicipality): Promise<void> {
  await dataSource.transaction(async (em) => {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`larnav-demo-modules:${municipality.slug}`]);
    const [tenant] = await em.query(`SELECT id FROM tenant WHERE slug = $1`, [municipality.slug]);
    if (!tenant) return;
    await confineToTenant(em, tenant.id);
    // The demo trainer is the author where she works; elsewhere the modules have no owner yet.
    const trainer = DEMO_ACCOUNTS.trainer.tenantSlug === municipality.slug ? DEMO_ACCOUNTS.trainer.email : null;
    const [author] = trainer ? await em.query(`SELECT id FROM person WHERE email = $1`, [trainer]) : [];
    await writeDemoModules(em, tenant.id, DEMO_MODULES[municipality.slug] ?? [], author?.id ?? null);
    // In the same transaction: the rules need the modules, and a start that stops half-way leaves neither.
    await writeDemoRequirements(em, tenant.id, municipality.slug, author?.id ?? null);
  });
}
