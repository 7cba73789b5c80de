export { ProgressQueue } from './lib/progress/progress-queue';
