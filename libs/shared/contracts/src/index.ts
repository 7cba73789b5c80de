export * from './problem-codes';
export * from './calendar-date';
export * from './access';
