export * from './entities';
export * from './compliance.module';
export * from './engine/assignment.engine';
export * from './rules/rules.service';
