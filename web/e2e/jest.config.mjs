// Browser end-to-end suites: the real built server (api/dist + web/dist) on a temporary DATA_DIR,
// driven by playwright-core in Debian's Chromium. Plain ES modules, no transform needed.
export default {
  displayName: 'e2e',
  rootDir: '.',
  testEnvironment: 'node',
  transform: {},
  testMatch: ['<rootDir>/**/*.e2e.mjs'],
  testTimeout: 60000,
  maxWorkers: 1,
};
