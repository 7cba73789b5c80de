export * from './entities';
export * from './compliance.module';
export * from './engine/assignment.engine';
export * from './rules/rules.service';
// The derivation itself, for the coverage engine (libs/api/reporting) to build on, not to copy.
export { REQUIREMENT_SPANS, REQUIREMENTS_AT, REQUIREMENTS_ON } from './engine/requirement-spans.sql';
