// The API under load, each figure against a bare node:http + better-sqlite3 handler doing the same
// work with the same pragmas, in its own process like the API (so neither shares autocannon's CPU):
// (a) GET /api/health, (b) a progress write, (c) a quiz submit (same scoring through @vt/courses and
// the same two row updates), then a learner simulation on SQLite (and PostgreSQL when
// TEST_DATABASE_URL is set): the largest N that holds p95 < 500 ms with no error, and what happens
// past it (load shed with 503 + Retry-After, never a lost acknowledged write).
// `node bench/api.bench.mjs --bare PORT` runs only the bare server (the bench starts it that way);
// `--sim` runs only the learner simulation(s), `--ratios` only (a)–(c).
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { drawQuestions, scoreAttempt, seededRandom } from '@vt/courses';
import { loadCurriculum } from '@vt/courses/node';
import { inAttempt, rightResponse } from '@vt/courses/testing';
import { spawn } from 'node:child_process';

import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLearners, simulate } from './api-sim.mjs';

const CONNECTIONS = 64;
const DURATION = 5;
const WRITERS = 8;
const QUIZ_LEARNERS = 512;
const A1 = loadCurriculum('courses/content').courses.find((c) => c.settings.id === 'a1-foundations');

const responsesFor = (course, ids) =>
  Object.fromEntries(
    ids.map((id) => [
      id,
      rightResponse(
        course.questions.find((q) => q.id === id),
        course.texts.en?.questions[id],
      ),
    ]),
  );

/** The right answers to an attempt as its learner sends them: in the attempt's own tokens, found by label (decision 0018). */
const attemptResponses = (course, attempt) =>
  inAttempt(
    course,
    attempt,
    responsesFor(
      course,
      attempt.questions.map((q) => q.id),
    ),
  );

// ---------------------------------------------------------------- the bare server (child process)
if (process.argv[2] === '--bare') {
  const dir = mkdtempSync(join(tmpdir(), 'vt-bench-bare-'));
  const db = new Database(join(dir, 'bare.sqlite'));
  for (const p of ['journal_mode = WAL', 'synchronous = NORMAL', 'busy_timeout = 5000', 'foreign_keys = ON']) db.pragma(p);
  db.exec(`CREATE TABLE enrolments (id TEXT PRIMARY KEY, last_seq INTEGER NOT NULL DEFAULT 0, bookmark TEXT, lessons_completed TEXT NOT NULL DEFAULT '[]', best_score REAL, quiz_passed INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE attempts (id TEXT PRIMARY KEY, enrolment_id TEXT NOT NULL, question_ids TEXT NOT NULL, responses TEXT, result TEXT, score REAL, passed INTEGER, submitted_at TEXT)`);
  for (let i = 0; i < WRITERS; i++) db.prepare('INSERT INTO enrolments (id) VALUES (?)').run(`e${i}`);
  const insertAttempt = db.prepare('INSERT INTO attempts (id, enrolment_id, question_ids) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 200_000; i++)
      insertAttempt.run(`a${i}`, `e${i % WRITERS}`, JSON.stringify(drawQuestions(A1.settings.quiz, A1.questions, seededRandom(`s${i}`)).map((q) => q.id)));
  })();
  const readEnrolment = db.prepare('SELECT * FROM enrolments WHERE id = ?');
  const writeProgress = db.prepare('UPDATE enrolments SET last_seq = ?, bookmark = ? WHERE id = ?');
  const progress = db.transaction((id, seq, lessonId) => {
    const row = readEnrolment.get(id);
    if (seq > row.last_seq) writeProgress.run(seq, lessonId, id);
    return readEnrolment.get(id);
  });
  const readAttempt = db.prepare('SELECT * FROM attempts WHERE id = ?');
  const writeAttempt = db.prepare('UPDATE attempts SET submitted_at = ?, responses = ?, result = ?, score = ?, passed = ? WHERE id = ?');
  const writeBest = db.prepare('UPDATE enrolments SET best_score = MAX(COALESCE(best_score, 0), ?), quiz_passed = MAX(quiz_passed, ?) WHERE id = ?');
  const byId = new Map(A1.questions.map((q) => [q.id, q]));
  const submit = db.transaction((id, responses) => {
    const attempt = readAttempt.get(id);
    if (attempt.submitted_at) return JSON.parse(attempt.result);
    const items = JSON.parse(attempt.question_ids).map((qid) => ({
      question: byId.get(qid),
      text: A1.texts.en.questions[qid],
      fallbackText: A1.texts.en.questions[qid],
    }));
    const result = scoreAttempt(items, responses, A1.settings.quiz.passMark);
    writeAttempt.run(new Date().toISOString(), JSON.stringify(responses), JSON.stringify(result), result.score, result.passed ? 1 : 0, id);
    writeBest.run(result.score, result.passed ? 1 : 0, attempt.enrolment_id);
    return result;
  });
  const json = (res, value) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
  createServer((req, res) => {
    if (req.url === '/health') return json(res, { status: 'ok', database: 'sqlite', courses: 9 });
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const [, kind, id] = req.url.split('/');
      const input = JSON.parse(body);
      json(res, kind === 'attempts' ? submit(id, input.responses) : progress(id, input.seq, input.lessonId));
    });
  }).listen(Number(process.argv[3]), '127.0.0.1', () => console.log('ready'));
  process.on('SIGTERM', () => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
}

// ---------------------------------------------------------------- helpers
async function waitFor(url) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} never answered`);
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/** autocannon over a list of request makers taken round-robin (a fresh body each time). */
function load(url, makeRequest, extra = {}) {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    ...extra,
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, ...makeRequest() }) }],
  });
}

function progressRequests(targets) {
  const seqs = targets.map(() => 0);
  let next = 0;
  return () => {
    const i = next++ % targets.length;
    return {
      path: targets[i].path,
      headers: { 'content-type': 'application/json', ...targets[i].headers },
      body: JSON.stringify({ seq: ++seqs[i], lessonId: 'a1-l1', event: 'viewed' }),
    };
  };
}

/** Every API server the bench started, stopped on exit too, so a failed run leaves no server holding its port. */
const servers = new Set();
process.on('exit', () => servers.forEach((child) => child.exitCode === null && child.kill('SIGKILL')));

function startApi(port, dataDir, env = {}) {
  // API_MAIN: another build to measure (say, the one before a change), api/dist by default.
  const child = track(
    spawn(process.execPath, [process.env.API_MAIN ?? 'api/dist/main.js'], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: 'false', AUTH_RATE_LIMIT: '1000000', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  // Ready once it prints its start-up lines: with WORKERS > 1, the primary does so once every
  // worker listens (health answers as soon as the first does). The rest of its output is dropped.
  child.ready = new Promise((resolve) => {
    let out = '';
    const read = (chunk) => {
      out += chunk;
      if (!out.includes('VT Academy is running')) return;
      child.stdout.off('data', read);
      child.stdout.resume();
      resolve();
    };
    child.stdout.on('data', read);
  });
  return child;
}

function track(child) {
  servers.add(child);
  child.once('exit', () => servers.delete(child));
  return child;
}

/** A set-up call; a 503 (the server shedding load under the set-up burst) is retried as Retry-After says. */
const api = (base) =>
  async function call(method, path, token, body) {
    const res = await fetch(base + path, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status === 503) {
      await new Promise((r) => setTimeout(r, Number(res.headers.get('retry-after') ?? 1) * 1000));
      return call(method, path, token, body);
    }
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return { status: res.status, body: await res.json().catch(() => undefined) };
  };

/** Runs `work` over the items, CONNECTIONS at a time (set-up calls, not measured). */
async function inBatches(items, work) {
  for (let i = 0; i < items.length; i += CONNECTIONS) await Promise.all(items.slice(i, i + CONNECTIONS).map(work));
}

async function register(call, name) {
  const res = await call('POST', '/api/auth/register', undefined, {
    email: `${name}@example.org`,
    password: 'long enough pw',
    displayName: name,
    language: 'en',
  });
  return res.body.token;
}

const row = (name, r) => `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors + r.timeouts} |`;
const ratio = (ours, bare) => (ours.requests.average / bare.requests.average).toFixed(2);

async function main() {
  const only = process.argv[2];
  const courses = loadCurriculum('courses/content').courses;
  const ratios = only === '--sim' ? '' : await measureRatios(courses);
  const sims = only === '--ratios' ? [] : await simulations(courses);
  const section = `${ratios}${sims.join('\n')}`;
  appendFileSync('bench/RESULTS.md', section);
  console.log(section);
}

/**
 * The learner simulation on SQLite, and on PostgreSQL when TEST_DATABASE_URL names one (it wipes
 * its public schema, or the schema its `options=-c search_path=…` names). SIM_DATABASES=postgres
 * (or sqlite) runs only that one. SIM_WORKERS=1,2 runs each with those numbers of API processes
 * (WORKERS), one after the other, and gives the ratio of the largest N each held.
 */
async function simulations(courses) {
  const wanted = (name) => !process.env.SIM_DATABASES || process.env.SIM_DATABASES.split(',').includes(name);
  const workerCounts = process.env.SIM_WORKERS ? process.env.SIM_WORKERS.split(',') : [undefined];
  const databases = [
    ...(wanted('sqlite') ? [{ name: 'SQLite' }] : []),
    ...(process.env.TEST_DATABASE_URL && wanted('postgres') ? [{ name: 'PostgreSQL', databaseUrl: process.env.TEST_DATABASE_URL }] : []),
  ];
  const sims = [];
  for (const { name, databaseUrl } of databases) {
    const runs = [];
    for (const workers of workerCounts) {
      const label = workers ? `${name}, WORKERS=${workers}` : name;
      const run = await simulate({ label, databaseUrl, startApi, waitFor, courses, responsesFor: attemptResponses, env: workers ? { WORKERS: workers } : {} });
      runs.push({ workers, held: run.held });
      sims.push(run.markdown);
    }
    if (runs.length > 1 && runs[0].held > 0) {
      const ratios = runs.slice(1).map((r) => `WORKERS=${r.workers}: **${(r.held / runs[0].held).toFixed(2)}×**`);
      sims.push(`\nOn ${name}, largest N held relative to WORKERS=${runs[0].workers} in this run: ${ratios.join(', ')}.\n`);
    }
  }
  return sims;
}

async function measureRatios(courses) {
  // (a)–(c), bare first.
  const bare = spawn(process.execPath, ['bench/api.bench.mjs', '--bare', '3911'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => bare.stdout.once('data', resolve));
  const bareBase = 'http://127.0.0.1:3911';
  const bareHealth = await autocannon({ url: `${bareBase}/health`, connections: CONNECTIONS, duration: DURATION });
  const bareWrites = await load(bareBase, progressRequests(Array.from({ length: WRITERS }, (_, i) => ({ path: `/enrolments/e${i}/progress`, headers: {} }))));
  let bareAttempt = 0;
  const bareBody = JSON.stringify({
    responses: responsesFor(
      A1,
      drawQuestions(A1.settings.quiz, A1.questions, seededRandom('s0')).map((q) => q.id),
    ),
  });
  const bareSubmits = await load(bareBase, () => ({
    path: `/attempts/a${bareAttempt++}/submit`,
    headers: { 'content-type': 'application/json' },
    body: bareBody,
  }));
  await stop(bare);

  const dataDir = mkdtempSync(join(tmpdir(), 'vt-bench-api-'));
  // Event-loop shedding off for (a)–(c): at 64 connections on a busy machine it would answer some
  // requests with a cheap 503, which is not the work being compared (the simulation keeps it on).
  const server = startApi(3912, dataDir, { SHED_EVENT_LOOP_DELAY_MS: '0', SHED_EVENT_LOOP_UTILIZATION: '0' });
  const base = 'http://127.0.0.1:3912';
  await waitFor(`${base}/api/health`);
  const call = api(base);
  const targets = [];
  for (let i = 0; i < WRITERS; i++) {
    const token = await register(call, `bench${i}`);
    const enrolment = (await call('POST', '/api/enrolments', token, { courseId: 'a1-foundations' })).body;
    targets.push({ path: `/api/enrolments/${enrolment.id}/progress`, headers: { authorization: `Bearer ${token}` }, token });
  }
  const ourHealth = await autocannon({ url: `${base}/api/health`, connections: CONNECTIONS, duration: DURATION });
  const ourWrites = await load(base, progressRequests(targets));

  // (c) Fresh attempts only (a second submit is answered from the stored result): QUIZ_LEARNERS
  // learners × 9 courses open one attempt each, all submitted in one measured round; two rounds.
  // Rounds of a few thousand submits last seconds, like the bare server's 5 s run, so warm-up and
  // the ends of a round weigh little. The learners and their sessions go straight into the
  // database (registering hundreds through argon2 is set-up, not what is measured).
  const db = new Database(join(dataDir, 'vt-academy.sqlite'));
  db.pragma('busy_timeout = 5000');
  const quizLearners = (await createLearners({ sqlite: db }, QUIZ_LEARNERS, 'quiz')).map((l) => l.token);
  db.close();
  const enrolments = [];
  await inBatches(
    quizLearners.flatMap((token) => courses.map((course) => ({ token, course }))),
    async ({ token, course }) =>
      enrolments.push({ token, course, id: (await call('POST', '/api/enrolments', token, { courseId: course.settings.id })).body.id }),
  );
  const rounds = [];
  for (let round = 0; round < 2; round++) {
    const pending = [];
    await inBatches(enrolments, async (e) => {
      const attempt = (await call('POST', `/api/enrolments/${e.id}/attempts`, e.token)).body;
      // Wrong on purpose (every answer empty but well-formed) so that no attempt passes and both rounds stay open.
      const responses = Object.fromEntries(
        Object.entries(
          responsesFor(
            e.course,
            attempt.questions.map((q) => q.id),
          ),
        ).map(([k, v]) => [k, typeof v === 'string' ? '' : Array.isArray(v) ? [] : typeof v === 'boolean' ? !v : {}]),
      );
      pending.push({
        path: `/api/attempts/${attempt.id}/submit`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${e.token}` },
        body: JSON.stringify({ responses }),
      });
    });
    let next = 0;
    // autocannon checks `amount` only on its one-second tick, so its own duration for a short
    // round is always about 1 s: time the round from the first request to the last response.
    let first;
    let last;
    const result = await autocannon({
      url: base,
      connections: CONNECTIONS,
      amount: pending.length,
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => ((first ??= performance.now()), { ...req, ...pending[next++] }),
          onResponse: () => (last = performance.now()),
        },
      ],
    });
    rounds.push({ ...result, duration: (last - first) / 1000 });
  }
  await stop(server);
  rmSync(dataDir, { recursive: true, force: true });
  const submitted = rounds.reduce((n, r) => n + r.requests.total, 0);
  const seconds = rounds.reduce((s, r) => s + r.duration, 0);
  const ourSubmits = {
    requests: { average: submitted / seconds },
    latency: { p50: Math.max(...rounds.map((r) => r.latency.p50)), p99: Math.max(...rounds.map((r) => r.latency.p99)) },
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    timeouts: rounds.reduce((n, r) => n + r.timeouts, 0),
  };

  return `
## API at ${CONNECTIONS} connections vs a bare node:http + better-sqlite3 handler doing the same work

Both servers run in their own process, with the same SQLite pragmas (WAL, synchronous=NORMAL, busy_timeout, foreign_keys).

| | requests/s (mean) | p50 (ms) | p99 (ms) | errors / non-2xx |
|---|---|---|---|---|
${row('bare — health JSON', bareHealth)}
${row('VT Academy GET /api/health', ourHealth)}
${row('bare — progress (read, conditional update, read)', bareWrites)}
${row('VT Academy POST /api/enrolments/:id/progress', ourWrites)}
${row('bare — quiz submit (score with @vt/courses, 2 updates)', bareSubmits)}
${row(`VT Academy POST /api/attempts/:id/submit (${submitted} fresh attempts)`, ourSubmits)}

Ratios: (a) health **${ratio(ourHealth, bareHealth)}** (goal ≥ 0.85), (b) progress **${ratio(ourWrites, bareWrites)}** (goal ≥ 0.6, p99 ≤ 50 ms: ${ourWrites.latency.p99} ms), (c) quiz submit **${ratio(ourSubmits, bareSubmits)}** (goal ≥ 0.5).
The API logs one JSON line per request during the run (to /dev/null), as in production; event-loop shedding is off for (a)–(c) so that every request does the work compared (the simulation keeps the defaults).
`;
}

if (process.argv[2] !== '--bare') await main();
