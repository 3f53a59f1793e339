// Runs one project's Jest suite the same way everywhere (Nx target, npm test, by hand):
// ESM projects get Node's VM-modules flag, and every run leaves a JSON summary in
// tmp/test-results/ that tools/test.mjs adds up into the final "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [project, ...rest] = process.argv.slice(2);
const configs = {
  courses: { config: 'courses/jest.config.mjs', esm: true },
  api: { config: 'api/jest.config.mjs', esm: true },
  'scorm-packager': { config: 'scorm-packager/jest.config.mjs', esm: true },
  web: { config: 'web/jest.config.cjs', esm: false },
  e2e: { config: 'web/e2e/jest.config.mjs', esm: true },
};
const entry = configs[project];
if (!entry) {
  console.error(`tools/jest.mjs: unknown project "${project}" (one of ${Object.keys(configs).join(', ')})`);
  process.exit(2);
}
mkdirSync('tmp/test-results', { recursive: true });
const nodeOptions = [process.env.NODE_OPTIONS, entry.esm ? '--experimental-vm-modules --no-warnings=ExperimentalWarning' : ''].filter(Boolean).join(' ');
const result = spawnSync(
  process.execPath,
  [
    join('node_modules', 'jest', 'bin', 'jest.js'),
    '-c',
    entry.config,
    '--json',
    '--outputFile',
    `tmp/test-results/${project}.json`,
    ...(process.env.CI ? ['--ci'] : []),
    ...rest,
  ],
  { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: nodeOptions } },
);
process.exit(result.status ?? 1);
