export * from './catalog.module';
export * from './catalog-constraints';
export * from './catalog.queries';
export * from './entities';
export * from './catalog.options';
export * from './authoring/module.service';
export * from './authoring/draft.service';
export * from './media';
