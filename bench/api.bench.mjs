// Progress writes through the whole stack (Fastify + Nest + auth + TypeORM + SQLite transaction)
// against a bare node:http handler doing the same SQLite work with better-sqlite3, at 64
// connections in the same run. Also GET /api/health at 64 connections. Quiz submit and the
// learner simulation from issue 6 are not measured yet (see bench/RESULTS.md).
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CONNECTIONS = 64;
const DURATION = 5;
const WRITERS = 8;

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

/** autocannon with a fresh body per request: enrolment round-robin, strictly increasing seq per enrolment. */
function progressLoad(url, targets) {
  const seqs = targets.map(() => 0);
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const i = next++ % targets.length;
          return { ...req, path: targets[i].path, headers: { 'content-type': 'application/json', ...targets[i].headers }, body: JSON.stringify({ seq: ++seqs[i], lessonId: 'a1-l1', event: 'viewed' }) };
        },
      },
    ],
  });
}

// ---- the bare baseline: the same conditional row update in one SQLite transaction ----
const bareDir = mkdtempSync(join(tmpdir(), 'vt-bench-bare-'));
const db = new Database(join(bareDir, 'bare.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec("CREATE TABLE enrolments (id TEXT PRIMARY KEY, last_seq INTEGER NOT NULL DEFAULT 0, bookmark TEXT, lessons_completed TEXT NOT NULL DEFAULT '[]')");
for (let i = 0; i < WRITERS; i++) db.prepare('INSERT INTO enrolments (id) VALUES (?)').run(`e${i}`);
const read = db.prepare('SELECT * FROM enrolments WHERE id = ?');
const write = db.prepare('UPDATE enrolments SET last_seq = ?, bookmark = ? WHERE id = ?');
const apply = db.transaction((id, seq, lessonId) => {
  const row = read.get(id);
  if (seq > row.last_seq) write.run(seq, lessonId, id);
  return read.get(id);
});
const bare = createServer((req, res) => {
  if (req.url === '/health') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok","database":"sqlite","courses":9}');
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const { seq, lessonId } = JSON.parse(body);
    const row = apply(req.url.split('/')[2], seq, lessonId);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(row));
  });
});
await new Promise((r) => bare.listen(3911, '127.0.0.1', r));
const bareHealth = await autocannon({ url: 'http://127.0.0.1:3911/health', connections: CONNECTIONS, duration: DURATION });
const bareWrites = await progressLoad('http://127.0.0.1:3911', Array.from({ length: WRITERS }, (_, i) => ({ path: `/enrolments/e${i}/progress`, headers: {} })));
bare.close();
db.close();
rmSync(bareDir, { recursive: true, force: true });

// ---- the API ----
const dataDir = mkdtempSync(join(tmpdir(), 'vt-bench-api-'));
const api = spawn(process.execPath, ['api/dist/main.js'], { env: { ...process.env, PORT: '3912', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: 'false', AUTH_RATE_LIMIT: '100000' }, stdio: 'ignore' });
const base = 'http://127.0.0.1:3912/api';
await waitFor(`${base}/health`);
const targets = [];
for (let i = 0; i < WRITERS; i++) {
  const reg = await fetch(`${base}/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `bench${i}@example.org`, password: 'long enough pw', displayName: `Bench ${i}`, language: 'en' }) });
  const { token } = await reg.json();
  const headers = { authorization: `Bearer ${token}` };
  const enrolment = await (await fetch(`${base}/enrolments`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{"courseId":"a1-foundations"}' })).json();
  targets.push({ path: `/api/enrolments/${enrolment.id}/progress`, headers });
}
const ourHealth = await autocannon({ url: `${base}/health`, connections: CONNECTIONS, duration: DURATION });
const ourWrites = await progressLoad('http://127.0.0.1:3912', targets);
api.kill('SIGTERM');
rmSync(dataDir, { recursive: true, force: true });

const row = (name, r) => `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx} |`;
const section = `
## API at ${CONNECTIONS} connections vs a bare node:http handler doing the same work

| | requests/s (mean) | p50 (ms) | p99 (ms) | non-2xx |
|---|---|---|---|---|
${row('bare node:http — health JSON', bareHealth)}
${row('VT Academy GET /api/health', ourHealth)}
${row('bare node:http — progress (better-sqlite3 transaction)', bareWrites)}
${row('VT Academy POST /api/enrolments/:id/progress', ourWrites)}

Ratios: health **${(ourHealth.requests.average / bareHealth.requests.average).toFixed(2)}** (goal ≥ 0.85), progress write **${(ourWrites.requests.average / bareWrites.requests.average).toFixed(2)}** (goal ≥ 0.6, p99 ≤ 50 ms).
${WRITERS} learners' enrolments written round-robin, ${DURATION} s per run. Quiz submit and the learner simulation are not measured yet.
`;
appendFileSync('bench/RESULTS.md', section);
console.log(section);
