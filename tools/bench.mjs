// `npm run bench`: install when needed, build, then run every benchmark in bench/ in turn; each
// appends its section to bench/RESULTS.md (see bench/README.md).
import { readdirSync, writeFileSync } from 'node:fs';
import { ensureInstalled, nx, run } from './env.mjs';

ensureInstalled();
nx(['run-many', '-t', 'build', '-p', 'api', 'web', 'courses', 'scorm-packager', '--output-style=static']);
const benches = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
writeFileSync(
  'bench/RESULTS.md',
  `# Benchmark results\n\nWritten by \`npm run bench\` on ${new Date().toISOString()} (Node ${process.version}).\nEvery figure is compared with a baseline measured in the same run.\n`,
);
for (const bench of benches) run(process.execPath, [`bench/${bench}`]);
