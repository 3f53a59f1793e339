import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { REPO_ROOT } from '../src/config/app-config.js';
import { DATABASES } from './test-app.js';

const MAIN = join(REPO_ROOT, 'api/dist/main.js');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'false' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      /* still starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the API did not start');
}

// Runs the built server (npm test builds first), because the point is to kill a real process.
const suite = existsSync(MAIN) ? describe.each(DATABASES) : describe.skip.each(DATABASES);

suite('durability on %s: SIGKILL during a burst of progress writes', (_database, url) => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vt-durable-'));
    if (url) {
      const wipe = new DataSource({ type: 'postgres', url });
      await wipe.initialize();
      await wipe.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      await wipe.destroy();
    }
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every write that was acknowledged with a 2xx', async () => {
    const env = { DATA_DIR: dataDir, ...(url ? { DATABASE_URL: url } : {}) };
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/api`;
    let server = await startServer(env, port);
    const json = { 'content-type': 'application/json' };
    const reg = await fetch(`${base}/auth/register`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'durable@example.org', password: 'long enough pw', displayName: 'D', language: 'en' }),
    });
    const { token } = (await reg.json()) as { token: string };
    const auth = { ...json, authorization: `Bearer ${token}` };
    const courses = ['a1-foundations', 'a2-public-spaces', 'a3-religious-sites', 'a4-tourism', 'a5-drones', 'a6-response'];
    const enrolments: string[] = [];
    for (const courseId of courses)
      enrolments.push(
        ((await (await fetch(`${base}/enrolments`, { method: 'POST', headers: auth, body: JSON.stringify({ courseId }) })).json()) as { id: string }).id,
      );
    const lessons = await Promise.all(
      courses.map(async (id) => ((await (await fetch(`${base}/courses/${id}`)).json()) as { lessons: { id: string }[] }).lessons.map((l) => l.id)),
    );

    // One writer per enrolment, each sending seq 1, 2, 3… until the server dies under it.
    const acked = enrolments.map(() => 0);
    let killed = false;
    const writers = enrolments.map(async (id, e) => {
      for (let seq = 1; !killed; seq++) {
        try {
          const res = await fetch(`${base}/enrolments/${id}/progress`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({ seq, lessonId: lessons[e][seq % lessons[e].length], event: 'completed' }),
          });
          if (res.ok && ((await res.json()) as { lastSeq: number }).lastSeq === seq) acked[e] = seq;
        } catch {
          return;
        }
      }
    });
    await new Promise((r) => setTimeout(r, 1500));
    server.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    expect(Math.min(...acked)).toBeGreaterThan(5);

    server = await startServer(env, port);
    try {
      const after = (await (await fetch(`${base}/enrolments/me`, { headers: auth })).json()) as { id: string; lastSeq: number; lessonsCompleted: string[] }[];
      for (const [e, id] of enrolments.entries()) {
        const row = after.find((a) => a.id === id);
        expect(row?.lastSeq).toBeGreaterThanOrEqual(acked[e]);
        // Every acknowledged seq ≥ the lesson count has completed every lesson, and that too survived.
        if (acked[e] >= lessons[e].length) expect(row?.lessonsCompleted.sort()).toEqual([...lessons[e]].sort());
      }
    } finally {
      server.kill('SIGKILL');
    }
  }, 60_000);
});
