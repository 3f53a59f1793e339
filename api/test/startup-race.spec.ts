import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { REPO_ROOT } from '../src/config/app-config.js';
import { BUILT_MAIN, freePort, hasBuiltServer } from './built-server.js';
import { ownSchema, type OwnSchema } from './own-schema.js';

interface Instance {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: () => boolean;
}

/** Starts api/dist/main.js as an operator would (demo accounts on, the real curriculum), without waiting for it. */
function launch(url: string, port: number, dataDir: string, coursesDir: string): Instance {
  const child = spawn(process.execPath, [BUILT_MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      DATA_DIR: dataDir,
      COURSES_DIR: coursesDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'true',
      // One process each: the race is between instances (workers of one instance start one by one).
      WORKERS: '1',
      DEMO_PASSWORD: 'demo password 1',
      LOG_REQUESTS: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let exited = false;
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.once('exit', () => (exited = true));
  return { child, port, output: () => out, exited: () => exited };
}

/** 'healthy', or 'exited' when the process died first, or 'timeout'. */
async function outcome(instance: Instance, deadline: number): Promise<'healthy' | 'exited' | 'timeout'> {
  while (Date.now() < deadline) {
    if (instance.exited()) return 'exited';
    try {
      if ((await fetch(`http://127.0.0.1:${instance.port}/api/health`)).ok) return 'healthy';
    } catch {
      /* still starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return 'timeout';
}

const stop = (instance: Instance) =>
  new Promise<void>((resolve) => {
    if (instance.exited()) return resolve();
    instance.child.once('exit', () => resolve());
    instance.child.kill('SIGTERM');
  });

// PostgreSQL only: that is where several instances share one database. The built server, because
// the race is between real processes.
const run = process.env.TEST_DATABASE_URL && hasBuiltServer ? describe : describe.skip;

run('start-up: instances started together on an empty PostgreSQL database', () => {
  let schema: OwnSchema;
  const dataDirs: string[] = [];
  // One course (the one the demo trainee is enrolled on) keeps each start short; the race is the same.
  const coursesDir = mkdtempSync(join(tmpdir(), 'vt-startup-courses-'));
  dataDirs.push(coursesDir);
  cpSync(join(REPO_ROOT, 'courses/content/a1-foundations'), join(coursesDir, 'a1-foundations'), { recursive: true });
  beforeAll(async () => {
    schema = await ownSchema(process.env.TEST_DATABASE_URL as string, 'vt_startup');
  });
  afterAll(async () => {
    await schema?.drop();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('all three come up, in three trials out of three, with the demo accounts created once', async () => {
    for (let trial = 1; trial <= 3; trial++) {
      await schema.reset();
      const ports = [await freePort(), await freePort(), await freePort()];
      // Each its own data directory, as on three machines; launched in the same tick.
      const instances = ports.map((port) => {
        const dir = mkdtempSync(join(tmpdir(), 'vt-startup-'));
        dataDirs.push(dir);
        return launch(schema.url, port, dir, coursesDir);
      });
      const deadline = Date.now() + 60_000;
      const outcomes = await Promise.all(instances.map((instance) => outcome(instance, deadline)));
      const outputs = instances.map((instance) => instance.output());
      await Promise.all(instances.map(stop));
      const report = `trial ${trial}: ${outcomes.join(', ')}\n${outputs.map((o, i) => `--- instance ${i + 1}\n${o}`).join('\n')}`;
      expect([report, outcomes]).toEqual([report, ['healthy', 'healthy', 'healthy']]);
      // No stack trace in anything they printed.
      expect(outputs.filter((o) => /^\s+at /m.test(o))).toEqual([]);
      // The passwords are printed by the one instance that created the accounts.
      expect([report, outputs.filter((o) => o.includes('passwords shown this once')).length]).toEqual([report, 1]);

      const db = new DataSource({ type: 'postgres', url: schema.url });
      await db.initialize();
      try {
        const users: { email: string }[] = await db.query('SELECT email FROM users ORDER BY email');
        expect(users.map((r) => r.email)).toEqual(['admin@demo.vt-academy.org', 'trainee@demo.vt-academy.org', 'trainer@demo.vt-academy.org']);
        const versions: { n: string; courses: string }[] = await db.query('SELECT count(*) AS n, count(DISTINCT course_id) AS courses FROM course_versions');
        expect(versions[0].n).toBe(versions[0].courses);
        const enrolments: { n: string }[] = await db.query('SELECT count(*) AS n FROM enrolments');
        expect(enrolments[0].n).toBe('1');
      } finally {
        await db.destroy();
      }
    }
  }, 240_000);
});
