export * from './entities/tenant.entity';
export * from './tenancy.module';
export * from './tenant.middleware';
export * from './tenant.service';
export * from './entities/tenant-owned.entity';
