// ESM Jest (NestJS 12 is ESM-only). ts-jest compiles with type information so that Nest's
// constructor injection gets its decorator metadata. The course model is read from source.
export default {
  displayName: 'api',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@vt/courses$': '<rootDir>/../courses/src/index.ts',
    '^@vt/courses/node$': '<rootDir>/../courses/src/node/index.ts',
    '^@vt/courses/testing$': '<rootDir>/../courses/src/testing/index.ts',
    '^@vt/scorm-packager$': '<rootDir>/../scorm-packager/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.spec.json' }],
    // @fastify/static (Swagger UI's assets) require()s content-disposition 3, which is ESM only.
    // Node 20.19+ loads that natively; Jest's module loader cannot, so Jest compiles it to CommonJS.
    '/node_modules/content-disposition/.+\\.js$': ['ts-jest', { useESM: true, tsconfig: { allowJs: true }, isolatedModules: true }],
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  testTimeout: 30000,
};
