// `npm start`: install when needed, build what changed (Nx's cache skips the rest; its output is
// shown only when the build fails), then run the server: the API under /api and the web app at /,
// one process (or a node:cluster primary and WORKERS processes). Signals go straight to it.
// `npm run demo-accounts` runs the same build and prints new passwords for the demo accounts
// instead of serving.
import { spawn } from 'node:child_process';
import { ensureInstalled, nx, quietEnv } from './env.mjs';

ensureInstalled();
console.log('Building what changed…');
nx(['run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], { quiet: true });
const args = process.argv.includes('--reset-demo-passwords') ? ['--reset-demo-passwords'] : [];
const server = spawn(process.execPath, ['--enable-source-maps', 'api/dist/main.js', ...args], { stdio: 'inherit', env: quietEnv });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
