import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from '@larnav/api/audit';
import { CatalogModule } from '@larnav/api/catalog';
import { ComplianceModule } from '@larnav/api/compliance';
import { AppConfig } from '@larnav/api/common';
import { dataSourceOptions } from '@larnav/api/db';
import { HrImportModule } from '@larnav/api/hr-import';
import { IdentityModule } from '@larnav/api/identity';
import { JobsModule } from '@larnav/api/jobs';
import { LearningModule } from '@larnav/api/learning';
import { LiveSessionsModule } from '@larnav/api/live-sessions';
import { NotificationsModule } from '@larnav/api/notifications';
import { OrgModule } from '@larnav/api/org';
import { ReportingModule } from '@larnav/api/reporting';
import { ScimModule } from '@larnav/api/scim';
import { StorageModule } from '@larnav/api/storage';
import { TeamModule } from '@larnav/api/team';
import { TenancyModule } from '@larnav/api/tenancy';
import { ENTITIES } from '../entities';
import { HealthController } from './health.controller';
import { loggerOptions } from './logging';
import { RouteAreas } from './route-areas';

export interface AppOptions {
  databaseUrl: string;
  config: AppConfig;
}

/** Composition only: every business area is its own module. */
@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot(loggerOptions(options.config.LOG_LEVEL)),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl, ENTITIES)),
        JobsModule.forRoot({ databaseUrl: options.databaseUrl, work: options.config.LARNAV_JOB_WORKER }),
        TenancyModule,
        IdentityModule.forRoot(options.config),
        OrgModule,
        AuditModule,
        StorageModule.forRoot(options.config),
        CatalogModule.forRoot({
          videoHosts: listOf(options.config.LARNAV_VIDEO_HOSTS),
          importMaxBytes: options.config.LARNAV_IMPORT_MAX_MB * 1024 * 1024,
        }),
        LearningModule,
        ComplianceModule,
        ReportingModule,
        ScimModule,
        HrImportModule,
        NotificationsModule.forRoot({
          smtpUrl: options.config.LARNAV_SMTP_URL ?? null,
          from: options.config.LARNAV_MAIL_FROM,
        }),
        LiveSessionsModule,
        TeamModule,
      ],
      controllers: [HealthController],
      providers: [RouteAreas],
    };
  }
}

function listOf(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
