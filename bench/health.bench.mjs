// GET /api/health through the whole stack (Fastify + Nest + TypeORM + SQLite) against the
// baseline of a bare Node http server answering the same JSON, under the same autocannon load.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const load = (url) => autocannon({ url, connections: 20, duration: 5 });

async function waitFor(url) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} never answered`);
}

const bare = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok","database":"sqlite","courses":9}'));
await new Promise((r) => bare.listen(3901, '127.0.0.1', r));
const baseline = await load('http://127.0.0.1:3901/');
bare.close();

const dataDir = mkdtempSync(join(tmpdir(), 'vt-bench-'));
const api = spawn(process.execPath, ['api/dist/main.js'], { env: { ...process.env, PORT: '3902', HOST: '127.0.0.1', DATA_DIR: dataDir }, stdio: 'ignore' });
await waitFor('http://127.0.0.1:3902/api/health');
const ours = await load('http://127.0.0.1:3902/api/health');
api.kill('SIGTERM');
rmSync(dataDir, { recursive: true, force: true });

const ratio = ours.requests.average / baseline.requests.average;
const section = `
## GET /api/health vs a bare Node http server

| | requests/s (mean) | p99 latency (ms) |
|---|---|---|
| bare node:http (baseline) | ${baseline.requests.average.toFixed(0)} | ${baseline.latency.p99} |
| VT Academy /api/health (Nest + Fastify + SQLite query) | ${ours.requests.average.toFixed(0)} | ${ours.latency.p99} |

Ratio: **${ratio.toFixed(2)}** of the baseline's throughput (20 connections, 5 s each).
`;
appendFileSync('bench/RESULTS.md', section);
console.log(section);
