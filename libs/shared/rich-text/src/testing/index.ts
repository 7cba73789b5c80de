export * from './xss-payloads';
export * from './active-content';
export * from './place-payload';
