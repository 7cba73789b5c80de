export * from './isolate-tenant-table';
export * from './isolation-gaps';
