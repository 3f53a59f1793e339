// Item analysis on a big database: 100k learners and 1M graded attempts (with responses and
// results), measured through the real endpoint (GET /api/trainer/reports/item-analysis, as an
// admin, so no cohort scope narrows the data) against a plain SELECT COUNT(*) over the same
// table in the same run. SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (in its own
// `bench_items` schema, which is wiped; the API suites' `public` schema is left alone). Needs
// `npm run nx -- run api:build` first (npm run bench does it).
//
// Seeding writes users, enrolments, attempts AND the report projection rows directly with bulk
// inserts (projecting 1M attempts through the service would take minutes of JSON parsing); the
// projection's own speed is measured separately on the last PROJECTED_LIVE attempts.
import Database from 'better-sqlite3';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../api/dist/bootstrap.js';
import { AuthService } from '../api/dist/auth/auth.service.js';
import { loadConfig } from '../api/dist/config/app-config.js';
import { ReportProjection, choiceOf } from '../api/dist/reports/report-projection.service.js';
import { UsersService } from '../api/dist/users/users.service.js';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 100_000);
const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 1_000_000);
const QUESTIONS_PER_ATTEMPT = 10;
const CALLS = 40;
const PROJECTED_LIVE = 20_000;
const COURSE = 'a1-foundations';
/**
 * PostgreSQL runs in its own schema (search_path set on the connection), so that the API test
 * suites, which wipe `public` on the same database, cannot drop the tables under a running bench.
 */
const PG_SCHEMA = 'bench_items';
const withSchema = (url) => `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${PG_SCHEMA}`)}`;

/** Deterministic pseudo-random numbers, so every run seeds the same data. */
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

const p95 = (times) => [...times].sort((a, b) => a - b)[Math.ceil(times.length * 0.95) - 1];
const ms = (n) => Math.round(n * 10) / 10;

/** The rows of one attempt: the attempt, its result JSON and one projection row per question. */
function attemptRows(course, versionId, i, random) {
  const learner = i % LEARNERS;
  const questions = course.questions.slice(0, QUESTIONS_PER_ATTEMPT);
  const ability = (learner % 97) / 97;
  const responses = {};
  const results = questions.map((q) => {
    const right = random() < 0.25 + ability * 0.6;
    let response;
    if (q.type === 'single-choice') response = right ? q.correct : q.options.find((o) => o !== q.correct);
    else if (q.type === 'multiple-choice') response = right ? q.correct : q.options.slice(0, 1);
    else if (q.type === 'true-false') response = right ? q.correct : !q.correct;
    else response = undefined;
    if (response !== undefined) responses[q.id] = response;
    return {
      questionId: q.id,
      fraction: right ? 1 : 0,
      points: q.points,
      correct: right,
      feedback: [],
      correctResponse: null,
      choice: choiceOf(q.type, response),
    };
  });
  const score = Math.round((results.filter((r) => r.correct).length / results.length) * 10000) / 100;
  const result = {
    score,
    passed: score >= course.settings.quiz.passMark,
    passMark: course.settings.quiz.passMark,
    results: results.map(({ choice: _c, ...r }) => r),
  };
  return { learner, versionId, responses, result, score, results, questionIds: questions.map((q) => q.id) };
}

async function seed(kind, dataSource, course, versionId) {
  const started = performance.now();
  const random = rng(42);
  const hash = '$argon2id$v=19$m=65536,t=3,p=4$c2VlZGVkc2VlZGVk$0000000000000000000000000000000000000000000';
  const ts = (n) => new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString().replace('T', ' ').replace('Z', '');
  const countries = ['KE', 'NG', 'FR', 'JO', 'KZ', 'SN', 'MA', 'UZ'];
  const languages = ['en', 'fr', 'ar', 'ru'];
  const users = [];
  const enrolments = [];
  for (let u = 0; u < LEARNERS; u++) {
    users.push([`u${u}`, `learner${u}@bench.example`, hash, `Learner ${u}`, 'trainee', languages[u % 4], countries[u % 8], ts(0)]);
    enrolments.push([`e${u}`, `u${u}`, COURSE, versionId, ts(0)]);
  }
  const scoreStats = new Map();
  const itemStats = new Map();
  const count = (map, key, n, sum) => {
    const id = key.join('\u0000');
    const entry = map.get(id) ?? { key, n: 0, sum: 0 };
    entry.n += n;
    entry.sum += sum;
    map.set(id, entry);
  };
  const attempts = [];
  const reportAttempts = [];
  const items = [];
  const flush = async (insert) => {
    await insert('users', ['id', 'email', 'password_hash', 'display_name', 'role', 'language', 'country', 'created_at'], users.splice(0));
    await insert('enrolments', ['id', 'user_id', 'course_id', 'course_version_id', 'enrolled_at'], enrolments.splice(0));
    await insert(
      'attempts',
      [
        'id',
        'enrolment_id',
        'number',
        'course_version_id',
        'seed',
        'language',
        'started_at',
        'submitted_at',
        'question_ids',
        'responses',
        'result',
        'score',
        'passed',
      ],
      attempts.splice(0),
    );
    await insert(
      'report_attempts',
      ['attempt_id', 'course_id', 'user_id', 'language', 'country', 'score', 'score_bucket', 'passed', 'submitted_at'],
      reportAttempts.splice(0),
    );
    await insert(
      'report_items',
      ['attempt_id', 'question_id', 'course_id', 'user_id', 'language', 'country', 'score', 'score_bucket', 'fraction', 'choice'],
      items.splice(0),
    );
  };
  const insert = kind === 'sqlite' ? sqliteInserter(dataSource) : await postgresInserter(dataSource);
  await flush(insert.run);
  const bool = (b) => (kind === 'sqlite' ? (b ? 1 : 0) : b);
  for (let i = 0; i < ATTEMPTS; i++) {
    const a = attemptRows(course, versionId, i, random);
    const id = `a${i}`;
    const at = ts(60 + i);
    const lang = languages[a.learner % 4];
    const country = countries[a.learner % 8];
    attempts.push([
      id,
      `e${a.learner}`,
      Math.floor(i / LEARNERS) + 1,
      versionId,
      'seed',
      lang,
      at,
      at,
      JSON.stringify(a.questionIds),
      JSON.stringify(a.responses),
      JSON.stringify(a.result),
      a.score,
      bool(a.result.passed),
    ]);
    // The last attempts are left for the projection to catch up with (measured below).
    if (i < ATTEMPTS - PROJECTED_LIVE) {
      const bucket = Math.floor(a.score);
      reportAttempts.push([id, COURSE, `u${a.learner}`, lang, country, a.score, bucket, bool(a.result.passed), at]);
      count(scoreStats, [COURSE, lang, country, bucket], 1, 0);
      for (const r of a.results) {
        items.push([id, r.questionId, COURSE, `u${a.learner}`, lang, country, a.score, bucket, r.fraction, r.choice]);
        count(itemStats, [COURSE, r.questionId, r.choice ?? '', bucket, lang, country], 1, r.fraction);
      }
    }
    if (attempts.length === 5000) await flush(insert.run);
  }
  await flush(insert.run);
  // The running totals the projection keeps, from the same rows.
  await insert.run(
    'report_score_stats',
    ['course_id', 'language', 'country', 'score_bucket', 'n'],
    [...scoreStats.values()].map(({ key, n }) => [...key, n]),
  );
  await insert.run(
    'report_item_stats',
    ['course_id', 'question_id', 'choice', 'score_bucket', 'language', 'country', 'n', 'fraction_sum'],
    [...itemStats.values()].map(({ key, n, sum }) => [...key, n, sum]),
  );
  if (kind === 'sqlite') insert.close();
  else await insert.close();
  // The projection's watermark as if it had read every attempt up to the live ones.
  await dataSource.query(`INSERT INTO report_watermarks (id, at) VALUES ('attempts', ${kind === 'sqlite' ? '?' : '$1'})`, [
    ts(60 + ATTEMPTS - PROJECTED_LIVE - 1),
  ]);
  return (performance.now() - started) / 1000;
}

function sqliteInserter(dataSource) {
  const db = new Database(dataSource.options.database);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const statements = new Map();
  const run = async (table, columns, rows) => {
    if (rows.length === 0) return;
    const key = table;
    if (!statements.has(key)) statements.set(key, db.prepare(`INSERT INTO ${table} (${columns.join(',')}) VALUES (${columns.map(() => '?').join(',')})`));
    const statement = statements.get(key);
    db.transaction((all) => all.forEach((row) => statement.run(row)))(rows);
  };
  return { run, close: () => db.close() };
}

async function postgresInserter(dataSource) {
  const client = new pg.Client({ connectionString: dataSource.options.url });
  await client.connect();
  const run = async (table, columns, rows) => {
    for (let start = 0; start < rows.length; start += 1000) {
      const chunk = rows.slice(start, start + 1000);
      const params = [];
      const tuples = chunk.map((row) => `(${row.map((value) => (params.push(value), `$${params.length}`)).join(',')})`);
      await client.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${tuples.join(',')}`, params);
    }
  };
  return { run, close: () => client.end() };
}

async function measure(kind, databaseUrl) {
  const dataDir = mkdtempSync(join(tmpdir(), 'vt-bench-items-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    COURSES_DIR: join(process.cwd(), 'courses/content'),
    WEB_DIR: join(dataDir, 'no-web'),
    AUTH_RATE_LIMIT: '10000',
    // The app runs in this process, whose seeding blocks the event loop for minutes: lag shedding would refuse the first calls.
    SHED_EVENT_LOOP_DELAY_MS: '0',
  });
  if (kind === 'postgres') {
    const wipe = new DataSource({ type: 'postgres', url: databaseUrl });
    await wipe.initialize();
    await wipe.query(`DROP SCHEMA IF EXISTS ${PG_SCHEMA} CASCADE; CREATE SCHEMA ${PG_SCHEMA};`);
    await wipe.destroy();
  }
  const app = await createApp(config, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = await app.getUrl();
  const dataSource = app.get(DataSource);
  const [{ id: versionId, content }] = await dataSource.query(`SELECT id, content FROM course_versions WHERE course_id = '${COURSE}'`);
  const course = JSON.parse(content);
  const seedSeconds = await seed(kind, dataSource, course, versionId);
  if (kind === 'postgres') await dataSource.query('ANALYZE');
  else await dataSource.query('ANALYZE');

  const projectStart = performance.now();
  const projected = await app.get(ReportProjection).catchUp();
  const projectSeconds = (performance.now() - projectStart) / 1000;

  const admin = await app
    .get(UsersService)
    .createUser({ email: 'bench-admin@bench.example', password: 'bench password 1', displayName: 'Admin', language: 'en', role: 'admin' });
  const headers = { authorization: `Bearer ${await app.get(AuthService).openSession(admin.id)}` };
  const call = async (query) => {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/trainer/reports/item-analysis?courseId=${COURSE}${query}`, { headers });
    const body = await res.json();
    if (res.status !== 200) throw new Error(`item analysis answered ${res.status}: ${JSON.stringify(body)}`);
    return { ms: performance.now() - t0, body };
  };
  const first = await call('');
  const runs = async (query) => {
    const times = [];
    for (let i = 0; i < CALLS; i++) times.push((await call(query)).ms);
    return p95(times);
  };
  const all = await runs('');
  const filtered = await runs('&lang=fr&country=FR');
  const baselineTimes = [];
  for (let i = 0; i < CALLS; i++) {
    const t0 = performance.now();
    await dataSource.query('SELECT COUNT(*) AS n FROM report_items');
    baselineTimes.push(performance.now() - t0);
  }
  const [{ n: itemRows }] = await dataSource.query('SELECT COUNT(*) AS n FROM report_items');
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  return {
    kind,
    seedSeconds,
    projected,
    projectSeconds,
    attempts: first.body.attempts,
    itemRows: Number(itemRows),
    all,
    filtered,
    baseline: p95(baselineTimes),
  };
}

const header = [
  '',
  `## Item analysis: ${LEARNERS.toLocaleString('en')} learners, ${ATTEMPTS.toLocaleString('en')} graded attempts`,
  '',
  `GET /api/trainer/reports/item-analysis (admin: whole course, no cohort scope) for one course holding every attempt (${QUESTIONS_PER_ATTEMPT} questions each), ${CALLS} calls each, against \`SELECT COUNT(*) FROM report_items\` in the same run. Goal: p95 ≤ 200 ms.`,
  '',
  '| database | item rows | p95 all (ms) | p95 lang+country (ms) | p95 COUNT(*) baseline (ms) | ratio all / baseline | seeding (s) | projection |',
  '|---|---|---|---|---|---|---|---|',
];
appendFileSync(join(process.cwd(), 'bench/RESULTS.md'), header.join('\n') + '\n');
console.log(header.join('\n'));
// Each database's line is written as soon as it is measured, so a later failure loses nothing.
const report = (r) => {
  const line = `| ${r.kind} | ${r.itemRows.toLocaleString('en')} | ${ms(r.all)} | ${ms(r.filtered)} | ${ms(r.baseline)} | ${(r.all / r.baseline).toFixed(2)} | ${Math.round(r.seedSeconds)} | ${r.projected} attempts in ${r.projectSeconds.toFixed(1)} s |`;
  appendFileSync(join(process.cwd(), 'bench/RESULTS.md'), line + '\n');
  console.log(line);
};
report(await measure('sqlite', undefined));
if (process.env.TEST_DATABASE_URL) report(await measure('postgres', withSchema(process.env.TEST_DATABASE_URL)));
