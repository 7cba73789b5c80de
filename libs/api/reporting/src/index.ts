export * from './reporting.module';
export * from './coverage/coverage.engine';
export * from './coverage/coverage.dto';
export * from './reports.service';
export * from './facts/coverage-facts.entities';
