import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DbModule } from '@larnav/api/db';
import { Tenant } from './entities/tenant.entity';
import { TenantController } from './tenant.controller';
import { TenantMiddleware } from './tenant.middleware';
import { TenantService } from './tenant.service';

export const TENANCY_ENTITIES = [Tenant];

@Module({
  imports: [TypeOrmModule.forFeature(TENANCY_ENTITIES), DbModule],
  controllers: [TenantController],
  providers: [TenantService, TenantMiddleware],
  exports: [TenantService],
})
export class TenancyModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Health probes serve the installation, not a municipality: no lookup for them.
    consumer.apply(TenantMiddleware).exclude('health/{*path}').forRoutes('*path');
  }
}
