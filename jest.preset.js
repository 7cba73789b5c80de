const nxPreset = require('@nx/jest/preset').default;

/** SWC compiles tests fast; type errors are the `typecheck` target's job, not Jest's. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true, decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

/** ESM-only packages that Jest's CommonJS runtime needs compiled; Node itself loads them as they are. */
const transformIgnorePatterns = ['/node_modules/(?!(openid-client|oauth4webapi|jose)/)'];

module.exports = {
  ...nxPreset,
  transformIgnorePatterns,
  transform: { '^.+\\.[cm]?[tj]sx?$': swc },
  // Integration tests need PostgreSQL and run through jest.int.config.ts.
  testPathIgnorePatterns: ['/node_modules/', '\\.int-spec\\.ts$'],
  swc,
  transformIgnorePatterns,
};
