export * from './team.module';
export * from './my-team.dto';
export * from './my-team.service';
