module.exports = {
  displayName: 'web-live-sessions',
  preset: '../../../jest.preset.js',
  // jsdom plus Node's fetch globals (Request, AbortSignal), which react-router's data APIs need.
  testEnvironment: 'jest-fixed-jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json'],
  coverageDirectory: '../../../coverage/libs/web/live-sessions',
};
