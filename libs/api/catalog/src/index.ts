export * from './catalog.module';
export * from './catalog-constraints';
export * from './catalog.queries';
export * from './entities';
export * from './media';
