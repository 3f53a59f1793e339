// The learner simulation of issue 6, used by api.bench.mjs: N learners, each reading a lesson,
// posting progress and, once, starting and submitting the quiz, with think time between steps.
// N grows until p95 ≥ 500 ms or an error, then jumps to twice the largest N that held (past
// capacity; the largest level if none held); at each N we count how the server answered (2xx, 503
// shed, 429, timeouts), how fast the refusals came, and check, in the database, that every
// acknowledged progress write is kept.
import Database from 'better-sqlite3';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import pg from 'pg';

// SIM_LEVELS=4000,8000 runs only those levels (to compare settings at one load).
const LEVELS = process.env.SIM_LEVELS ? process.env.SIM_LEVELS.split(',').map(Number) : [250, 500, 1000, 2000, 4000, 8000];
const WINDOW_MS = 20_000;
const THINK_MS = [1000, 5000];
const TIMEOUT_MS = 10_000;
const PORT = 3913;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const think = () => sleep(THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0]));
const dbTime = (date) => date.toISOString().replace('T', ' ').replace('Z', '');

/** One HTTP call; resolves with status (0 for a timeout or a refused connection) and elapsed ms. */
function call(agent, method, path, token, body) {
  const started = performance.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: PORT,
        method,
        path,
        agent,
        timeout: TIMEOUT_MS,
        headers: { authorization: `Bearer ${token}`, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started, body: text }));
      },
    );
    // Whether the connection was up when the timeout struck: a timeout before it is the kernel's
    // accept queue (no HTTP-level shedding can answer it), after it the server's own wait.
    let connected = false;
    req.on('socket', (socket) => (socket.connecting ? socket.once('connect', () => (connected = true)) : (connected = true)));
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => resolve({ status: 0, ms: performance.now() - started, timeout: error.message === 'timeout', connected }));
    req.end(payload);
  });
}

/** Learners and their sessions, written straight into the database: registering thousands through argon2 would take minutes. */
export async function createLearners(database, count, prefix = 'sim') {
  const now = new Date();
  const later = new Date(now.getTime() + 86_400_000);
  const learners = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    email: `${prefix}${i}@example.org`,
    token: randomBytes(32).toString('base64url'),
  }));
  for (const l of learners) l.hash = createHash('sha256').update(l.token).digest('hex');
  if (database.sqlite) {
    const users = database.sqlite.prepare(
      "INSERT INTO users (id, email, password_hash, display_name, role, language) VALUES (?, ?, 'no-login', 'Sim', 'trainee', 'en')",
    );
    const sessions = database.sqlite.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)');
    database.sqlite.transaction(() => learners.forEach((l) => (users.run(l.id, l.email), sessions.run(l.hash, l.id, dbTime(now), dbTime(later)))))();
  } else {
    for (let i = 0; i < learners.length; i += 500) {
      const batch = learners.slice(i, i + 500);
      await database.pg.query(
        "INSERT INTO users (id, email, password_hash, display_name, role, language) SELECT * FROM unnest($1::varchar[], $2::varchar[]) AS t(id, email) CROSS JOIN (VALUES ('no-login', 'Sim', 'trainee', 'en')) AS c",
        [batch.map((l) => l.id), batch.map((l) => l.email)],
      );
      await database.pg.query(
        'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) SELECT h, u, $3, $4 FROM unnest($1::varchar[], $2::varchar[]) AS t(h, u)',
        [batch.map((l) => l.hash), batch.map((l) => l.id), now, later],
      );
    }
  }
  return learners;
}

async function lastSeqs(database, ids) {
  if (database.sqlite) {
    const read = database.sqlite.prepare('SELECT last_seq FROM enrolments WHERE id = ?');
    return new Map(ids.map((id) => [id, read.get(id)?.last_seq ?? -1]));
  }
  const { rows } = await database.pg.query('SELECT id, last_seq FROM enrolments WHERE id = ANY($1)', [ids]);
  return new Map(rows.map((r) => [r.id, r.last_seq]));
}

async function runLevel(n, learners, course, responsesFor, database) {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const active = learners.slice(0, n);
  // Enrolment is set-up, not measured.
  for (let i = 0; i < active.length; i += 64) {
    await Promise.all(
      active.slice(i, i + 64).map(async (l) => {
        // A shed or timed-out set-up call is retried: the measured window starts with every learner enrolled.
        for (let tries = 0; tries < 30; tries++) {
          const r = await call(agent, 'POST', '/api/enrolments', l.token, { courseId: course.settings.id });
          if (r.status === 200 || r.status === 201) return (l.enrolment = JSON.parse(r.body).id);
          if (r.status !== 503 && r.status !== 0) throw new Error(`enrolment set-up answered ${r.status}: ${r.body}`);
          await sleep(1000);
        }
        throw new Error('enrolment set-up kept failing');
      }),
    );
  }
  const samples = [];
  const acked = new Map();
  // The simulated learners share the machine with the server: their own event-loop lag is part
  // of every latency they measure, so it is reported next to them.
  const clientLag = monitorEventLoopDelay({ resolution: 20 });
  clientLag.enable();
  const end = Date.now() + WINDOW_MS;
  const lessons = course.settings.lessons;
  const record = (r) => (samples.push(r), r);
  await Promise.all(
    active.map(async (l) => {
      await sleep(Math.random() * THINK_MS[1]);
      let seq = 0;
      let quizDone = false;
      while (Date.now() < end) {
        const lesson = lessons[seq % lessons.length];
        record(await call(agent, 'GET', `/api/courses/${course.settings.id}/lessons/${lesson}`, l.token));
        await think();
        const sent = ++seq;
        const posted = record(
          await call(agent, 'POST', `/api/enrolments/${l.enrolment}/progress`, l.token, { seq: sent, lessonId: lesson, event: 'completed' }),
        );
        if (posted.status === 200) acked.set(l.enrolment, sent);
        await think();
        if (!quizDone && seq >= 2) {
          quizDone = true;
          const started = record(await call(agent, 'POST', `/api/enrolments/${l.enrolment}/attempts`, l.token));
          if (started.status !== 201) continue;
          const attempt = JSON.parse(started.body);
          await think();
          record(
            await call(agent, 'POST', `/api/attempts/${attempt.id}/submit`, l.token, {
              responses: responsesFor(course, attempt),
            }),
          );
          await think();
        }
      }
    }),
  );
  agent.destroy();
  clientLag.disable();
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
  // How long a refusal took, as the client saw it (its own loop lag included).
  const refusals = samples
    .filter((s) => s.status === 503)
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  const count = (f) => samples.filter(f).length;
  const stored = await lastSeqs(database, [...acked.keys()]);
  const lost = [...acked].filter(([id, seq]) => (stored.get(id) ?? -1) < seq).length;
  return {
    n,
    requests: samples.length,
    p95: Math.round(p95),
    ok: count((s) => s.status >= 200 && s.status < 300),
    shed503: count((s) => s.status === 503),
    shed503P99: Math.round(refusals[Math.floor(refusals.length * 0.99)] ?? 0),
    limited429: count((s) => s.status === 429),
    timeouts: count((s) => s.timeout),
    timeoutsBeforeConnect: count((s) => s.timeout && !s.connected),
    other: count((s) => !s.timeout && (s.status < 200 || s.status >= 300) && s.status !== 503 && s.status !== 429),
    // Which statuses "other" holds (0: the connection failed before any answer).
    otherStatuses: samples
      .filter((s) => !s.timeout && (s.status < 200 || s.status >= 300) && s.status !== 503 && s.status !== 429)
      .reduce((counts, s) => ({ ...counts, [s.status]: (counts[s.status] ?? 0) + 1 }), {}),
    acked: acked.size,
    lost,
    clientLagP99: Math.round(clientLag.percentile(99) / 1e6),
  };
}

/** The schema a URL's `options=-c search_path=…` names (a schema of the bench's own), else public. */
function schemaOf(databaseUrl) {
  const options = new URL(databaseUrl).searchParams.get('options') ?? '';
  return /search_path=(\w+)/.exec(options)?.[1] ?? 'public';
}

export async function simulate({ label, databaseUrl, startApi, waitFor, courses, responsesFor, env = {} }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'vt-bench-sim-'));
  if (databaseUrl) {
    const wipe = new pg.Client({ connectionString: databaseUrl });
    await wipe.connect();
    const schema = schemaOf(databaseUrl);
    await wipe.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}";`);
    await wipe.end();
  }
  const server = startApi(PORT, dataDir, { ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...env });
  await waitFor(`http://127.0.0.1:${PORT}/api/health`);
  // With several workers, health answers once the first listens; the start-up lines come once all do.
  await server.ready;
  const database = databaseUrl ? { pg: new pg.Client({ connectionString: databaseUrl }) } : { sqlite: new Database(join(dataDir, 'vt-academy.sqlite')) };
  if (database.pg) await database.pg.connect();
  else database.sqlite.pragma('busy_timeout = 5000');
  const learners = await createLearners(database, 2 * LEVELS.at(-1));
  const results = [];
  for (const [i, n] of LEVELS.entries()) {
    const result = await runLevel(n, learners, courses[i % courses.length], responsesFor, database);
    results.push(result);
    console.log(label, result);
    if (result.p95 >= 500 || result.ok !== result.requests) {
      // Past capacity: twice the largest N that held (or the largest level), to show how the
      // server answers beyond it (shed with 503/429, or time out) and that no acknowledged write is lost.
      const heldSoFar = results.filter((r) => r.p95 < 500 && r.ok === r.requests).at(-1);
      const beyond = heldSoFar ? 2 * heldSoFar.n : LEVELS.at(-1);
      if (beyond !== n) {
        const past = await runLevel(beyond, learners, courses[(i + 1) % courses.length], responsesFor, database);
        results.push(past);
        console.log(label, past);
      }
      break;
    }
  }
  if (database.pg) await database.pg.end();
  else database.sqlite.close();
  await new Promise((resolve) => (server.once('exit', resolve), server.kill('SIGTERM')));
  rmSync(dataDir, { recursive: true, force: true });
  const held = results.filter((r) => r.p95 < 500 && r.ok === r.requests).at(-1);
  const rows = results
    .map(
      (r) =>
        `| ${r.n} | ${r.requests} | ${r.p95} | ${r.ok} | ${r.shed503} | ${r.shed503 ? r.shed503P99 : '–'} | ${r.limited429} | ${r.timeouts} | ${r.other} | ${r.acked} | ${r.lost} | ${r.clientLagP99} |`,
    )
    .join('\n');
  const markdown = `
### Learner simulation on ${label}

Each learner: read a lesson, think ${THINK_MS[0] / 1000}–${THINK_MS[1] / 1000} s, post progress, think, and once start and submit the quiz; ${WINDOW_MS / 1000} s per level, client timeout ${TIMEOUT_MS / 1000} s.

| learners | requests | p95 (ms) | 2xx | 503 shed | 503 p99 (ms) | 429 | timeouts | other | learners with acked progress | acked progress lost | client's own loop lag p99 (ms) |
|---|---|---|---|---|---|---|---|---|---|---|---|
${rows}

Largest N holding p95 < 500 ms with no error: **${held ? held.n : 'none'}** (goal ≥ 1,000).
`;
  return { markdown, held: held ? held.n : 0 };
}
