// `npm start`: install when needed, build what changed (Nx's cache skips the rest), then run ONE
// process serving the API under /api and the web app at /. Signals go straight to that process.
import { spawn } from 'node:child_process';
import { ensureInstalled, nx, quietEnv } from './env.mjs';

ensureInstalled();
nx(['run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static']);
const server = spawn(process.execPath, ['--enable-source-maps', 'api/dist/main.js'], { stdio: 'inherit', env: quietEnv });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
