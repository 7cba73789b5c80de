import { DynamicModule, Global, Module } from '@nestjs/common';
import { JobQueue, JOBS_OPTIONS, JobsOptions } from './job-queue';

/** The application's one job queue; global, so any area can define and send jobs. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JOBS_OPTIONS, useValue: options }, JobQueue],
      exports: [JobQueue],
    };
  }
}
