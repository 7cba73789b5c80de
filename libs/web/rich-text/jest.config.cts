module.exports = {
  displayName: 'web-rich-text',
  preset: '../../../jest.preset.js',
  // jsdom plus Node's web globals (TextEncoder, streams), which react-dom/server needs in the XSS tests.
  testEnvironment: 'jest-fixed-jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json'],
  coverageDirectory: '../../../coverage/libs/web/rich-text',
};
