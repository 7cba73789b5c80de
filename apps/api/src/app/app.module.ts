import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { dataSourceOptions } from '@larnav/api/db';
import { OrgModule } from '@larnav/api/org';
import { TenancyModule } from '@larnav/api/tenancy';
import { ENTITIES } from '../entities';
import { HealthController } from './health.controller';
import { loggerOptions } from './logging';

export interface AppOptions {
  databaseUrl: string;
  logLevel: string;
}

/** Composition only: every business area is its own module. */
@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot(loggerOptions(options.logLevel)),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl, ENTITIES)),
        TerminusModule,
        TenancyModule,
        OrgModule,
      ],
      controllers: [HealthController],
    };
  }
}
