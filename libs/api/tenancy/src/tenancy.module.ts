import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DbModule } from '@larnav/api/db';
import { Tenant } from './entities/tenant.entity';
import { TenantController } from './tenant.controller';
import { TenantMiddleware } from './tenant.middleware';
import { TenantService } from './tenant.service';

export const TENANCY_ENTITIES = [Tenant];

/** Its TenantMiddleware is installed once, in front of the API routes, by configureApp. */
@Module({
  imports: [TypeOrmModule.forFeature(TENANCY_ENTITIES), DbModule],
  controllers: [TenantController],
  providers: [TenantService, TenantMiddleware],
  exports: [TenantService, TenantMiddleware],
})
export class TenancyModule {}
