// Unit tests of the Angular app: jest-preset-angular, zoneless, in jsdom.
module.exports = {
  displayName: 'web',
  preset: 'jest-preset-angular',
  rootDir: __dirname,
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: { '^@vt/courses$': '<rootDir>/../courses/src/index.ts', '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.(ts|mjs|js|html)$': ['jest-preset-angular', { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' }] },
  transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$)'],
};
