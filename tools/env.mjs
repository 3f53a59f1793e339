// Shared by the workspace scripts: the environment every Nx/Angular call runs with (no cloud, no
// daemon, no telemetry prompt), installing dependencies on first use, and running a command.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export const quietEnv = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_TUI: 'false',
  NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? 'false',
  NG_CLI_ANALYTICS: 'false',
  NX_VERBOSE_LOGGING: process.env.NX_VERBOSE_LOGGING ?? 'false',
};

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`VT Academy needs Node.js 20.19 or newer (this is ${process.version}).`);
    process.exit(1);
  }
}

/** Runs `npm install` (docs/decisions/0002) when node_modules is missing or stale. */
export function ensureInstalled() {
  checkNode();
  const marker = 'node_modules/.package-lock.json';
  const stale = !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs + 1000;
  if (!stale) return;
  console.log('Installing dependencies (first run; 2–6 minutes)…');
  run('npm', ['install', '--no-audit', '--no-fund']);
}

/** Runs a command with inherited output; exits with its status when it fails unless `allowFail`. */
export function run(command, args, { allowFail = false, env = quietEnv, quiet = false } = {}) {
  // `quiet` keeps the output unless the command fails (npm start shows a handful of lines).
  const result = spawnSync(command, args, { stdio: quiet ? 'pipe' : 'inherit', env, maxBuffer: 64 * 1024 * 1024 });
  if (quiet && result.status !== 0) process.stderr.write(Buffer.concat([result.stdout ?? Buffer.alloc(0), result.stderr ?? Buffer.alloc(0)]));
  if (result.status !== 0 && !allowFail) process.exit(result.status ?? 1);
  return result.status === 0;
}

export const nx = (args, options) => run(process.execPath, ['node_modules/nx/dist/bin/nx.js', ...args], options);
