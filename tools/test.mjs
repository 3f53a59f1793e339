// `npm test`: every check of every project, ending with one plain line "N passed, N failed".
// Steps keep going after a failure so that one run shows everything that is wrong.

import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureInstalled, nx, run } from './env.mjs';
import { findChromium } from './chromium.mjs';

ensureInstalled();
const chromium = findChromium({ install: true });
if (!chromium) {
  console.error('No Chromium found for the browser tests: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
process.env.CHROMIUM_PATH = chromium;
if (process.env.CI && !process.env.TEST_DATABASE_URL) {
  console.error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL integration suite would not run (see .ci/run).');
  process.exit(1);
}

rmSync('tmp/test-results', { recursive: true, force: true });
const checks = [];
const step = (name, args) => {
  console.log(`\n=== ${name} ===`);
  checks.push({ name, ok: nx([...args, '--output-style=static'], { allowFail: true }) });
};

step('lint', ['run-many', '-t', 'lint']);
console.log('\n=== lint workspace scripts ===');
checks.push({ name: 'lint workspace scripts', ok: run(process.execPath, ['node_modules/eslint/bin/eslint.js', 'tools', 'bench'], { allowFail: true }) });
console.log('\n=== format (prettier --check) ===');
checks.push({ name: 'format', ok: run(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level=warn', '.'], { allowFail: true }) });
step('type check', ['run-many', '-t', 'typecheck']);
step('build', ['run-many', '-t', 'build']);
step('course validation', ['run', 'courses:validate']);
step('unit and integration tests', ['run-many', '-t', 'test', '--parallel=1']);
step('browser end-to-end tests', ['run', 'web:e2e']);

let passed = 0;
let failed = 0;
const dir = 'tmp/test-results';
for (const file of existsSync(dir) ? readdirSync(dir) : []) {
  const result = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
}
for (const check of checks) {
  // Test steps are counted by their tests; other steps count as one check each.
  const isTestStep = check.name.includes('tests');
  if (!isTestStep) {
    if (check.ok) passed++;
    else failed++;
  } else if (!check.ok && failed === 0) failed++;
}
const failedSteps = checks.filter((c) => !c.ok).map((c) => c.name);
if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
