export * from './demo-accounts';
export { DEMO_HISTORY } from './demo-municipalities';
export * from './seed-demo';
export * from './dev-idp-directory';
