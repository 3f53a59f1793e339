// `npm run package -- --out DIR …`: build the packager (cached when unchanged), then run its CLI.
import { ensureInstalled, nx, run } from './env.mjs';

ensureInstalled();
nx(['run', 'scorm-packager:build', '--output-style=static']);
run(process.execPath, ['scorm-packager/dist/cli/main.js', ...process.argv.slice(2)]);
