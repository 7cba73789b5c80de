export * from './lesson-content';
export * from './module-status';
export * from './completion-requirement';
