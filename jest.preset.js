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

/**
 * ESM-only packages that Jest's CommonJS runtime needs compiled; Node itself loads them as they are
 * (require() of ESM, Node 20.19+). file-type and the tokenizers under it sniff uploads.
 */
const esmOnly = ['openid-client', 'oauth4webapi', 'jose', 'file-type', 'strtok3', 'token-types', '@tokenizer', 'uint8array-extras', '@borewit'];
const transformIgnorePatterns = [`/node_modules/(?!(${esmOnly.join('|')})/)`];

module.exports = {
  ...nxPreset,
  transformIgnorePatterns,
  transform: { '^.+\\.[cm]?[tj]sx?$': swc },
  // Integration tests need PostgreSQL and run through jest.int.config.ts.
  testPathIgnorePatterns: ['/node_modules/', '\\.int-spec\\.ts$'],
  swc,
  transformIgnorePatterns,
};
