export * from './entities';
export * from './learning.module';
