export * from './entities/scim-group.entity';
export * from './scim-error';
export * from './scim.module';
export * from './scim-users.service';
