export * from './entities';
export * from './learning.module';
export * from './completion/completion.service';
export * from './my-training/bookable-sessions';
export { MyTrainingQueries } from './my-training/my-training.queries';
