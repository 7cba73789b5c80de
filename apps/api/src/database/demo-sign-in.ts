import { INestApplication } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { runAsTenant, TenantDb } from '@larnav/api/db';
import { DEV_IDP_GROUPS, DEV_IDP_TENANT_IDS } from '@larnav/api/demo';
import { ClaimMapping, SignInConfigService } from '@larnav/api/identity';
import { OrgUnit } from '@larnav/api/org';
import { TenantService } from '@larnav/api/tenancy';

export const DEMO_CLIENT = { clientId: 'larnav-dev', clientSecret: 'larnav-dev-secret' };

/**
 * Points the demo municipalities' sign-in at the development OpenID provider, with the claim
 * mappings their IT would set up in Entra ID: each unit's group places people there, and the
 * "SBF HR" group makes its members HR for Samhällsbyggnadsförvaltningen. Leaves a municipality
 * alone once it has sign-in settings, so an admin's changes survive restarts.
 */
export async function configureDemoSignIn(app: INestApplication, issuer: string): Promise<void> {
  const tenants = app.get(TenantService);
  const settings = app.get(SignInConfigService);
  const db = app.get(TenantDb);
  for (const [slug, directoryId] of Object.entries(DEV_IDP_TENANT_IDS)) {
    const tenant = await tenants.findBySlug(slug);
    if (!tenant) continue;
    await runAsTenant(tenant.id, () =>
      db.transaction(async (em) => {
        if (await settings.find('oidc')) return;
        await settings.save('oidc', {
          issuer,
          ...DEMO_CLIENT,
          idpTenantId: directoryId,
          emailDomains: [`${slug}.se`],
        });
        await mapGroups(em, tenant.id, slug);
      }),
    );
  }
}

async function mapGroups(em: EntityManager, tenantId: string, slug: string): Promise<void> {
  const units = await em.find(OrgUnit);
  const byCode = new Map(units.map((unit) => [unit.code, unit.id]));
  const mappings = DEV_IDP_GROUPS.filter((group) => group.tenantSlug === slug && byCode.has(group.unitCode)).map(
    (group) =>
      em.create(ClaimMapping, {
        tenantId,
        claim: 'groups',
        value: group.id,
        effect: group.kind === 'hr' ? 'hr-scope' : 'unit',
        orgUnitId: byCode.get(group.unitCode),
        jobRole: null,
      }),
  );
  await em.save(mappings);
}
