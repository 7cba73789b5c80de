export * from './seed-demo';
