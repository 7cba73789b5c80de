export * from './entities';
export * from './identity.module';
export * from './identity.options';
export * from './secret-box';
export * from './session/session.middleware';
export * from './session/session-registry';
export * from './sign-in/sign-in-config.service';
export * from './tokens/integration-tokens.service';
export { SignInRateLimited } from './rate-limit/sign-in-throttle';
