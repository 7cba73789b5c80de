import type { Config } from 'jest';
import { pathsToModuleNameMapper } from 'ts-jest';
import { readFileSync } from 'node:fs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { swc, transformIgnorePatterns } = require('./jest.preset.js');
const { compilerOptions } = JSON.parse(readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8'));

/**
 * Integration tests (*.int-spec.ts) against real PostgreSQL: DATABASE_URL's server when set,
 * else an embedded one. Each test file clones its own database from a migrated template.
 */
const config: Config = {
  displayName: 'integration',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  testMatch: ['**/*.int-spec.ts'],
  testEnvironment: 'node',
  transform: { '^.+\\.[cm]?[tj]sx?$': swc },
  transformIgnorePatterns,
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  globalSetup: '<rootDir>/tools/testing/int-global-setup.ts',
  globalTeardown: '<rootDir>/tools/testing/int-global-teardown.ts',
  setupFiles: ['<rootDir>/libs/api/db/src/testing/setup-file.ts'],
  testTimeout: 30_000,
};

export default config;
