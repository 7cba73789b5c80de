import type { Server } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@larnav/api/common';
import { runAsTenant } from '@larnav/api/db';
import { DEV_IDP_TENANT_IDS, devIdpAccountForEmail } from '@larnav/api/demo';
import { OIDC_FETCH, OidcFetch, SignInConfigService } from '@larnav/api/identity';
import { createTestDatabase, TestDatabase } from '@larnav/api/db/testing';
import { EmploymentService, OrgUnitService } from '@larnav/api/org';
import { Tenant, TenantService } from '@larnav/api/tenancy';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';
import { DevIdpChoice, SignedInSession, signInWithOidc } from './oidc-sign-in';

function requests(server: Server, headers: Record<string, string>): TenantRequests {
  const withHeaders = (test: request.Test) => {
    for (const [name, value] of Object.entries(headers)) test.set(name, value);
    return test;
  };
  return {
    get: (url) => withHeaders(request(server).get(url)),
    post: (url) => withHeaders(request(server).post(url)),
    patch: (url) => withHeaders(request(server).patch(url)),
    put: (url) => withHeaders(request(server).put(url)),
    delete: (url) => withHeaders(request(server).delete(url)),
  };
}

export interface TestAppOptions {
  config?: Partial<AppConfig>;
  /** Stands between the API and the OpenID provider, e.g. to tamper with tokens in transit. */
  oidcFetch?: OidcFetch;
}

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  /** Requests as they arrive at one municipality's address. */
  at(hostname: string): TenantRequests;
  /** Requests with a signed-in person's session cookie and CSRF token. */
  as(session: SignedInSession): TenantRequests;
  /** Signs in through the whole OIDC redirect flow with the dev IdP. */
  signIn(host: string, choice: DevIdpChoice): Promise<SignedInSession>;
  /** A municipality with its root unit, signing in through the dev IdP. */
  createTenant(slug: string, name?: string): Promise<{ tenant: Tenant; rootId: string; host: string }>;
  asTenant<T>(
    tenantId: string,
    work: (services: { units: OrgUnitService; employments: EmploymentService }) => Promise<T>,
  ): Promise<T>;
  close(): Promise<void>;
}

type TenantRequests = Record<'get' | 'post' | 'patch' | 'put' | 'delete', (url: string) => request.Test>;

/** The dev IdP the integration tests' global setup started (see tools/testing/int-global-setup.ts). */
export const TEST_IDP = {
  issuer: () => {
    const issuer = process.env['LARNAV_TEST_IDP_ISSUER'];
    if (!issuer) throw new Error('LARNAV_TEST_IDP_ISSUER is not set: run through jest.int.config.ts');
    return issuer;
  },
  clientId: 'larnav-test',
  clientSecret: 'larnav-test-secret',
};

/** The demo municipalities' well-known accounts on the dev IdP, by role. */
export const ACCOUNT = {
  admin: { account: accountSub('anders.nyberg@stenungsund.se') },
  hr: { account: accountSub('maria.ekstrom@stenungsund.se') },
  trainer: { account: accountSub('karin.sjoberg@stenungsund.se') },
  caseworker: { account: accountSub('sara.lindqvist@stenungsund.se') },
  tjornCaseworker: { account: accountSub('erik.olausson@tjorn.se') },
  /** No role from the IdP: tests grant them what they need (e.g. the region's analyst). */
  stenungsundColleague: { account: accountSub('amira.haddad@stenungsund.se') },
} as const;

function accountSub(email: string): string {
  const account = devIdpAccountForEmail(email);
  if (!account) throw new Error(`The dev IdP has no account ${email}`);
  return account.sub;
}

/** The whole API on its own fresh database, configured exactly as main.ts does. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const config = { ...loadConfig({}), LOG_LEVEL: 'silent' as const, ...options.config };
  let builder = Test.createTestingModule({ imports: [AppModule.forRoot({ databaseUrl: database.url, config })] });
  if (options.oidcFetch) builder = builder.overrideProvider(OIDC_FETCH).useValue(options.oidcFetch);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  configureApp(app);
  await app.init();
  const server = app.getHttpServer();
  const units = app.get(OrgUnitService);
  const employments = app.get(EmploymentService);

  return {
    app,
    dataSource: app.get(DataSource),
    at: (hostname) => requests(server, { Host: hostname }),
    as: (session) =>
      requests(server, { Host: session.host, Cookie: session.cookie, 'X-CSRF-Token': session.csrfToken }),
    signIn: (host, choice) => signInWithOidc(server, host, choice),
    async createTenant(slug, name = `${slug} kommun`) {
      const host = `${slug}.test`;
      const tenant = await app.get(TenantService).create({ slug, name, hostnames: [host] });
      const root = await runAsTenant(tenant.id, async () => {
        await app.get(SignInConfigService).save('oidc', {
          issuer: TEST_IDP.issuer(),
          clientId: TEST_IDP.clientId,
          clientSecret: TEST_IDP.clientSecret,
          idpTenantId: DEV_IDP_TENANT_IDS[slug as keyof typeof DEV_IDP_TENANT_IDS] ?? null,
          emailDomains: [`${slug}.se`],
        });
        return units.createRoot(name, slug.toUpperCase());
      });
      return { tenant, rootId: root.id, host };
    },
    asTenant: (tenantId, work) => runAsTenant(tenantId, () => work({ units, employments })),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
