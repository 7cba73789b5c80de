import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { AppConfig, loadConfig } from '@larnav/api/common';
import { runAsTenant } from '@larnav/api/db';
import { DEV_IDP_TENANT_IDS } from '@larnav/api/demo';
import { SignInConfigService } from '@larnav/api/identity';
import { OrgUnitService } from '@larnav/api/org';
import { TenantService } from '@larnav/api/tenancy';
import { AppModule } from '../../apps/api/src/app/app.module';
import { configureApp } from '../../apps/api/src/app/configure-app';
import { spawnDevIdp } from '../../apps/dev-idp/src/testing/spawn-dev-idp';

/** The municipality every bench signs in at. */
export const BENCH_HOST = 'stenungsund.test';
const CLIENT = { id: 'larnav-bench', secret: 'larnav-bench-secret' };

/** The dev IdP with the bench's client, as a process of its own, as in the tests. */
export function spawnBenchIdp() {
  return spawnDevIdp({
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [`http://${BENCH_HOST}/api/auth/oidc/callback`],
        post_logout_redirect_uris: [`http://${BENCH_HOST}/`],
      },
    ],
  });
}

/** The whole API on a migrated database, configured as main.ts does, listening on a free port. */
export async function startBenchApp(
  databaseUrl: string,
  config: Partial<AppConfig> = {},
): Promise<NestExpressApplication> {
  const full = { ...loadConfig({}), LOG_LEVEL: 'silent' as const, LARNAV_SIGN_IN_RATE_LIMIT: 1_000_000, ...config };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ databaseUrl, config: full }), {
    logger: false,
  });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  return app;
}

/** Stenungsund at BENCH_HOST, signing in through `issuer`, with its root unit. */
export async function createBenchMunicipality(
  app: NestExpressApplication,
  issuer: string,
): Promise<{ tenantId: string }> {
  const tenant = await app
    .get(TenantService)
    .create({ slug: 'stenungsund', name: 'Stenungsunds kommun', hostnames: [BENCH_HOST] });
  await runAsTenant(tenant.id, async () => {
    await app.get(SignInConfigService).save('oidc', {
      issuer,
      clientId: CLIENT.id,
      clientSecret: CLIENT.secret,
      idpTenantId: DEV_IDP_TENANT_IDS.stenungsund,
      emailDomains: ['stenungsund.se'],
    });
    await app.get(OrgUnitService).createRoot('Stenungsunds kommun', 'STENUNGSUND');
  });
  return { tenantId: tenant.id };
}
