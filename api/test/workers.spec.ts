import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/config/app-config.js';
import { BUILT_MAIN, freePort, hasBuiltServer } from './built-server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The primary's children (Linux): its workers. */
const workersOf = (pid: number): number[] => readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const healthy = async (base: string) => {
  try {
    return (await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) })).ok || undefined;
  } catch {
    return undefined;
  }
};

// The built server: workers are real processes to kill and to signal.
const run = hasBuiltServer ? describe : describe.skip;

run('WORKERS=2: one port served by two processes (node:cluster)', () => {
  let dir: string;
  let primary: ChildProcess;
  let output = '';
  let base: string;
  let port: number;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vt-workers-'));
    mkdirSync(join(dir, 'courses'));
    cpSync(join(REPO_ROOT, 'courses/content/a1-foundations'), join(dir, 'courses/a1-foundations'), { recursive: true });
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    primary = spawn(process.execPath, [BUILT_MAIN], {
      env: {
        ...process.env,
        WORKERS: '2',
        DATA_DIR: dir,
        COURSES_DIR: join(dir, 'courses'),
        PORT: String(port),
        HOST: '127.0.0.1',
        SEED_DEMO: 'false',
        LOG_REQUESTS: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    primary.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    primary.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // The start-up lines are printed once both workers listen.
    await until('both workers', () => (output.includes('2 workers') ? true : undefined), 120_000);
  }, 130_000);
  afterAll(() => {
    if (primary.exitCode === null) primary.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints its start-up lines once, with the number of workers', () => {
    expect(output.match(/VT Academy is running/g)).toHaveLength(1);
    expect(output.match(/^2 workers/gm)).toHaveLength(1);
    expect(workersOf(primary.pid as number)).toHaveLength(2);
  });

  it('refuses a session ended in one worker at once in the other', async () => {
    const json = { 'content-type': 'application/json' };
    const registered = await fetch(`${base}/api/auth/register`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'both-workers@example.org', password: 'long enough pw', displayName: 'W', language: 'en' }),
    });
    const { token } = (await registered.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    // Concurrent requests open several connections, which the primary spreads over both workers:
    // each reads the session and remembers it.
    const burst = async () => Promise.all(Array.from({ length: 16 }, async () => (await fetch(`${base}/api/auth/me`, { headers: auth })).status));
    expect(new Set(await burst())).toEqual(new Set([200]));
    expect((await fetch(`${base}/api/auth/logout`, { method: 'POST', headers: auth })).status).toBe(204);
    expect(new Set(await burst())).toEqual(new Set([401]));
  });

  it('replaces a worker that dies, and keeps serving meanwhile', async () => {
    const [a, b] = workersOf(primary.pid as number);
    process.kill(a, 'SIGKILL');
    // (Connections the primary hands to a worker in the instant it dies are lost with it: Node's
    // round-robin waits for that worker's reply. Real clients retry; here we wait until it knows.)
    await until('the primary to notice', () => (output.includes('starting another') ? true : undefined));
    // The other worker goes on answering.
    for (let i = 0; i < 3; i++) expect(await healthy(base)).toBe(true);
    await until('a replacement', () => (workersOf(primary.pid as number).length === 2 ? true : undefined));
    // With the second original gone too, only a replacement can answer.
    process.kill(b, 'SIGKILL');
    await until('a replacement to answer', () => healthy(base), 120_000);
    await until('two workers', () => (workersOf(primary.pid as number).length === 2 ? true : undefined));
    expect(workersOf(primary.pid as number).filter((pid) => pid === a || pid === b)).toEqual([]);
    expect(output.match(/A worker stopped \(SIGKILL\); starting another\./g)).toHaveLength(2);
  }, 180_000);

  it('on SIGTERM answers a request in flight before it exits, and keeps the write', async () => {
    await until('the server to answer', () => healthy(base), 120_000);
    const json = { 'content-type': 'application/json' };
    const registered = await fetch(`${base}/api/auth/register`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'drain@example.org', password: 'long enough pw', displayName: 'D', language: 'en' }),
    });
    expect(registered.status).toBe(201);
    const { token } = (await registered.json()) as { token: string };
    const auth = { ...json, authorization: `Bearer ${token}` };
    const enrolment = (await (
      await fetch(`${base}/api/enrolments`, { method: 'POST', headers: auth, body: JSON.stringify({ courseId: 'a1-foundations' }) })
    ).json()) as {
      id: string;
    };
    const lesson = ((await (await fetch(`${base}/api/courses/a1-foundations`)).json()) as { lessons: { id: string }[] }).lessons[0].id;

    // A progress write whose body arrives in two halves, with SIGTERM in between.
    const body = JSON.stringify({ seq: 7, lessonId: lesson, event: 'viewed' });
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.write(
      `POST /api/enrolments/${enrolment.id}/progress HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    await sleep(300);
    const exited = new Promise<number | null>((resolve) => primary.once('exit', (code) => resolve(code)));
    primary.kill('SIGTERM');
    await sleep(700);
    expect(primary.exitCode).toBeNull();
    socket.write(body.slice(10));
    await until('the answer', () => (answer.includes('\r\n\r\n') ? true : undefined), 10_000);
    socket.destroy();
    expect(answer).toMatch(/^HTTP\/1\.1 200 [^]*"lastSeq":7/);
    expect(await exited).toBe(0);
    const db = new Database(join(dir, 'vt-academy.sqlite'), { readonly: true });
    expect(db.prepare('SELECT last_seq AS seq FROM enrolments WHERE id = ?').get(enrolment.id)).toEqual({ seq: 7 });
    db.close();
  }, 150_000);
});
