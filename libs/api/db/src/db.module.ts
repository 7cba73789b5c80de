import { Module } from '@nestjs/common';
import { TenantDb } from './tenant-db';

/** Gives business areas the tenant-confined door to the database. */
@Module({ providers: [TenantDb], exports: [TenantDb] })
export class DbModule {}
