import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/config/app-config.js';

/** The built API (npm test builds first). Static files cannot load under Jest, so suites that need them run this. */
export const BUILT_MAIN = join(REPO_ROOT, 'api/dist/main.js');
export const hasBuiltServer = existsSync(BUILT_MAIN);

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface BuiltServer {
  baseUrl: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout, for suites that check its log lines. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts api/dist/main.js on a free port with the given settings and waits until /api/health answers. */
export async function startBuiltServer(env: NodeJS.ProcessEnv): Promise<BuiltServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [BUILT_MAIN], {
    env: { ...process.env, SEED_DEMO: 'false', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, child, output: () => out, stop };
    } catch {
      /* still starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the built API did not start:\n${out}`);
}
