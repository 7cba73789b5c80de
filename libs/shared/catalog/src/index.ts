export * from './lesson-content';
export * from './module-status';
