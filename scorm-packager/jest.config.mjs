// ESM Jest; the course model is read from source so tests need no build (the player is bundled
// by the global setup).
export default {
  displayName: 'scorm-packager',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@vt/courses$': '<rootDir>/../courses/src/index.ts',
    '^@vt/courses/node$': '<rootDir>/../courses/src/node/index.ts',
    '^@vt/courses/testing$': '<rootDir>/../courses/src/testing/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  globalSetup: '<rootDir>/test/global-setup.mjs',
  // The browser suite launches Chromium and walks whole courses.
  testTimeout: 60000,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
