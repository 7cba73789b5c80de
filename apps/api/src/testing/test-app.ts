import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { runAsTenant } from '@larnav/api/db';
import { createTestDatabase, TestDatabase } from '@larnav/api/db/testing';
import { EmploymentService, OrgUnitService } from '@larnav/api/org';
import { Tenant, TenantService } from '@larnav/api/tenancy';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  /** Requests as they arrive at one municipality's address. */
  at(hostname: string): TenantRequests;
  /** A municipality with its root unit. */
  createTenant(slug: string, name?: string): Promise<{ tenant: Tenant; rootId: string; host: string }>;
  asTenant<T>(tenantId: string, work: (services: { units: OrgUnitService; employments: EmploymentService }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

type TenantRequests = Record<'get' | 'post' | 'patch', (url: string) => request.Test>;

/** The whole API on its own fresh database, configured exactly as main.ts does. */
export async function createTestApp(): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ databaseUrl: database.url, logLevel: 'silent' })],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  configureApp(app);
  await app.init();
  const server = app.getHttpServer();
  const units = app.get(OrgUnitService);
  const employments = app.get(EmploymentService);

  return {
    app,
    dataSource: app.get(DataSource),
    at: (hostname) => ({
      get: (url) => request(server).get(url).set('Host', hostname),
      post: (url) => request(server).post(url).set('Host', hostname),
      patch: (url) => request(server).patch(url).set('Host', hostname),
    }),
    async createTenant(slug, name = `${slug} kommun`) {
      const host = `${slug}.test`;
      const tenant = await app.get(TenantService).create({ slug, name, hostnames: [host] });
      const root = await runAsTenant(tenant.id, () => units.createRoot(name, slug.toUpperCase()));
      return { tenant, rootId: root.id, host };
    },
    asTenant: (tenantId, work) => runAsTenant(tenantId, () => work({ units, employments })),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
