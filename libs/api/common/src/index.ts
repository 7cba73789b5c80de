export * from './calendar-date.dto';
export * from './config';
export * from './domain-error';
export * from './is-calendar-date';
export * from './problem.filter';
export * from './validation';
export * from './at-query.dto';
export * from './constraint-problems';
