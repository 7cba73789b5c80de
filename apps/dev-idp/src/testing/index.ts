export * from './spawn-dev-idp';
export * from './sign-in-at-dev-idp';
