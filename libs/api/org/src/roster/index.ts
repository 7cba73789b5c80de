export * from './roster';
export * from './roster.queries';
export * from './roster-writes';
