import Database from 'better-sqlite3';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/config/app-config.js';
import { hasBuiltServer, startBuiltServer, type BuiltServer } from './built-server.js';

interface Answer {
  status: number;
  body: { id?: string; detail?: string } & Record<string, unknown>;
}

async function call(base: string, method: string, path: string, token: string, body?: unknown): Promise<Answer> {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : {} };
}

const dbTime = (date: Date) => date.toISOString().replace('T', ' ').replace('Z', '');

// Two real processes on one SQLite file: what WORKERS > 1 runs on SQLite.
const run = hasBuiltServer ? describe : describe.skip;

run('SQLite: two processes writing at once on one file', () => {
  let dir: string;
  const servers: BuiltServer[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vt-sqlite-two-'));
    mkdirSync(join(dir, 'courses'));
    cpSync(join(REPO_ROOT, 'courses/content/a1-foundations'), join(dir, 'courses/a1-foundations'), { recursive: true });
    const env = { DATA_DIR: dir, COURSES_DIR: join(dir, 'courses'), LOG_REQUESTS: 'false', SHED_EVENT_LOOP_DELAY_MS: '0' };
    // One after the other: start-up is not what this suite is about.
    servers.push(await startBuiltServer(env));
    servers.push(await startBuiltServer(env));
  }, 120_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every read-then-write transaction (no SQLITE_BUSY) and loses no acknowledged write', async () => {
    // Learners and sessions written straight into the file: registering through argon2 would be slow.
    const db = new Database(join(dir, 'vt-academy.sqlite'));
    db.pragma('busy_timeout = 5000');
    const later = new Date(Date.now() + 86_400_000);
    const learners = Array.from({ length: 24 }, (_, i) => ({ id: randomUUID(), email: `two${i}@example.org`, token: randomBytes(32).toString('base64url') }));
    const addUser = db.prepare("INSERT INTO users (id, email, password_hash, display_name, role, language) VALUES (?, ?, 'no-login', 'Two', 'trainee', 'en')");
    const addSession = db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)');
    db.transaction(() => {
      for (const l of learners) {
        addUser.run(l.id, l.email);
        addSession.run(createHash('sha256').update(l.token).digest('hex'), l.id, dbTime(new Date()), dbTime(later));
      }
    })();
    const [a, b] = servers.map((s) => s.baseUrl);
    const lessons = ((await (await fetch(`${a}/api/courses/a1-foundations`)).json()) as { lessons: { id: string }[] }).lessons.map((l) => l.id);
    const failures: string[] = [];
    const expectOk = (what: string, answer: Answer) => {
      if (answer.status < 200 || answer.status > 299) failures.push(`${what}: ${answer.status} ${answer.body.detail ?? ''}`);
      return answer;
    };

    const results = await Promise.all(
      learners.map(async (l, i) => {
        const [first, second] = i % 2 === 0 ? [a, b] : [b, a];
        const enrolment = expectOk('enrol', await call(first, 'POST', '/api/enrolments', l.token, { courseId: 'a1-foundations' })).body.id as string;
        // The same learner's "start" and every progress event land on both processes at once.
        const [started1, started2] = await Promise.all([
          call(first, 'POST', `/api/enrolments/${enrolment}/attempts`, l.token),
          call(second, 'POST', `/api/enrolments/${enrolment}/attempts`, l.token),
          ...lessons.map((lessonId, n) =>
            call(n % 2 === 0 ? first : second, 'POST', `/api/enrolments/${enrolment}/progress`, l.token, { seq: n + 1, lessonId, event: 'viewed' }).then((r) =>
              expectOk('progress', r),
            ),
          ),
        ]);
        expectOk('start', started1);
        expectOk('start', started2);
        const attempt = started1.body.id as string;
        const submits = await Promise.all([
          call(first, 'POST', `/api/attempts/${attempt}/submit`, l.token, { responses: {} }),
          call(second, 'POST', `/api/attempts/${attempt}/submit`, l.token, { responses: {} }),
        ]);
        submits.forEach((s) => expectOk('submit', s));
        return { enrolment, attempts: [started1.body.id, started2.body.id] };
      }),
    );
    // What the servers logged names the cause (SQLITE_BUSY…) when a request failed.
    const causes = [...new Set(servers.flatMap((s) => s.output().match(/SQLITE_[A-Z_]+|database is locked|cannot start a transaction[^\n]*/g) ?? []))];
    expect({ failures, causes }).toEqual({ failures: [], causes: [] });
    for (const r of results) {
      // Both starts found the same attempt: one was created, the other saw it.
      expect(r.attempts[0]).toBe(r.attempts[1]);
      const stored = db.prepare('SELECT last_seq AS seq, attempts_used AS used FROM enrolments WHERE id = ?').get(r.enrolment) as { seq: number; used: number };
      expect(stored).toEqual({ seq: lessons.length, used: 1 });
      const attempts = db.prepare('SELECT count(*) AS n, count(submitted_at) AS submitted FROM attempts WHERE enrolment_id = ?').get(r.enrolment);
      expect(attempts).toEqual({ n: 1, submitted: 1 });
    }
    db.close();
  }, 120_000);
});
