export * from './reporting.module';
export * from './coverage/coverage.engine';
export { TodaysRollup } from './coverage/todays-rollup';
export * from './coverage/coverage.dto';
export * from './reports.service';
export { REGIONAL_ENTITIES } from './regional/entities';
export { RegionalCoverageRefresh } from './regional/regional-coverage.refresh';
export * from './facts/coverage-facts.entities';
export * from './live-sessions/live-session-standing.dto';
export { LiveSessionStanding } from './live-sessions/live-session-standing.service';
// The summed-facts tree on any day: the reference today's kept roll-up is checked against.
export { CoverageFacts } from './facts/coverage-facts';
export { checkpointMonth } from './facts/fact-months';
export { FACT_TREE } from './facts/facts-read.sql';
