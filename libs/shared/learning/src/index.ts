export * from './progress-events';
