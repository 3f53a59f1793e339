import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { REPO_ROOT } from '../src/config/app-config.js';
import { BUILT_MAIN, freePort, hasBuiltServer } from './built-server.js';
import { ownSchema, type OwnSchema } from './own-schema.js';

const HAPROXY_CONFIG = join(REPO_ROOT, 'deploy/haproxy.cfg');
const hasHaproxy = spawnSync('haproxy', ['-v']).status === 0;
// CI installs HAProxy (.ci/run): there, a missing binary is a failure, not a reason to skip.
if (process.env.CI && process.env.TEST_DATABASE_URL && !hasHaproxy) throw new Error('CI=true but haproxy is not installed (see .ci/run)');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

/** One HTTPS request to the proxy; status 0 when the connection failed. */
function call(
  base: { port: number; agent: Agent },
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: base.port,
        servername: 'localhost',
        method,
        path,
        agent: base.agent,
        headers: {
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          let body: Record<string, unknown> = {};
          try {
            body = text ? JSON.parse(text) : {};
          } catch {
            body = { text };
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, headers: {}, body: {} }));
    req.end(payload);
  });
}

/** As the web app does: a refused or lost request is sent again (seq numbers make that harmless). */
async function persist(send: () => Promise<Answer>): Promise<Answer> {
  for (let tries = 0; ; tries++) {
    const answer = await send();
    if (![0, 502, 503].includes(answer.status) || tries === 20) return answer;
    await sleep(100);
  }
}

interface Instance {
  child: ChildProcess;
  port: number;
  output: () => string;
}

async function startInstance(env: NodeJS.ProcessEnv): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, [BUILT_MAIN], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return { child, port, output: () => out };
    } catch {
      /* still starting */
    }
    if (child.exitCode !== null) break;
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`an instance did not start:\n${out}`);
}

const run = process.env.TEST_DATABASE_URL && hasBuiltServer && hasHaproxy ? describe : describe.skip;

run('two instances behind HAProxy (deploy/haproxy.cfg) on one PostgreSQL database', () => {
  let dir: string;
  let schema: OwnSchema;
  let database: DataSource;
  const instances: Instance[] = [];
  let haproxy: ChildProcess;
  let haproxyOutput = '';
  let proxy: { port: number; agent: Agent };
  let httpPort: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vt-proxy-'));
    mkdirSync(join(dir, 'courses'));
    cpSync(join(REPO_ROOT, 'courses/content/a1-foundations'), join(dir, 'courses/a1-foundations'), { recursive: true });
    schema = await ownSchema(process.env.TEST_DATABASE_URL as string, 'vt_proxy');
    const env = {
      DATABASE_URL: schema.url,
      COURSES_DIR: join(dir, 'courses'),
      SEED_DEMO: 'false',
      LOG_REQUESTS: 'false',
      WORKERS: '1',
      // The proxy is on this machine: its X-Forwarded-For is believed, no one else's.
      TRUST_PROXY: '127.0.0.1',
      VERIFY_RATE_LIMIT: '2',
      // The machine running the tests is shared: lag on it must not make the instances shed.
      SHED_EVENT_LOOP_DELAY_MS: '0',
    };
    // One after the other (their own start-up race has its own suite); each its own data directory.
    for (const name of ['one', 'two']) instances.push(await startInstance({ ...env, DATA_DIR: join(dir, name) }));

    // A throw-away certificate for the TLS the proxy terminates.
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-subj',
        '/CN=localhost',
        '-days',
        '1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const cert = readFileSync(join(dir, 'cert.pem'));
    writeFileSync(join(dir, 'academy.pem'), Buffer.concat([cert, readFileSync(join(dir, 'key.pem'))]));
    httpPort = await freePort();
    const httpsPort = await freePort();
    haproxy = spawn('haproxy', ['-db', '-f', HAPROXY_CONFIG], {
      env: {
        ...process.env,
        VT_HTTP_BIND: `127.0.0.1:${httpPort}`,
        VT_HTTPS_BIND: `127.0.0.1:${httpsPort}`,
        VT_TLS_CERT: join(dir, 'academy.pem'),
        VT_SERVER_1: `127.0.0.1:${instances[0].port}`,
        VT_SERVER_2: `127.0.0.1:${instances[1].port}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    haproxy.stdout?.on('data', (chunk: Buffer) => (haproxyOutput += chunk.toString()));
    haproxy.stderr?.on('data', (chunk: Buffer) => (haproxyOutput += chunk.toString()));
    proxy = { port: httpsPort, agent: new Agent({ keepAlive: true, maxSockets: Infinity, ca: cert }) };
    for (let i = 0; (await call(proxy, 'GET', '/api/health')).status !== 200; i++) {
      if (i === 100 || haproxy.exitCode !== null) throw new Error(`HAProxy did not start:\n${haproxyOutput}`);
      await sleep(100);
    }

    database = new DataSource({ type: 'postgres', url: schema.url });
    await database.initialize();
  }, 180_000);

  afterAll(async () => {
    proxy?.agent.destroy();
    haproxy?.kill('SIGKILL');
    for (const instance of instances) instance.child.kill('SIGKILL');
    await database?.destroy();
    await schema?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Learners with sessions, written straight into the database: registering through argon2 would be slow. */
  async function learners(count: number): Promise<{ id: string; token: string }[]> {
    const made = Array.from({ length: count }, () => ({ id: randomUUID(), token: randomBytes(32).toString('base64url') }));
    for (const l of made) {
      await database.query("INSERT INTO users (id, email, password_hash, display_name, role, language) VALUES ($1, $2, 'no-login', 'P', 'trainee', 'en')", [
        l.id,
        `${l.id}@example.org`,
      ]);
      await database.query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, now(), now() + interval '1 day')", [
        createHash('sha256').update(l.token).digest('hex'),
        l.id,
      ]);
    }
    return made;
  }

  it('terminates TLS and sends plain HTTP to HTTPS', async () => {
    const plain = await fetch(`http://127.0.0.1:${httpPort}/api/health`, { redirect: 'manual' });
    expect(plain.status).toBe(301);
    expect(plain.headers.get('location')).toBe(`https://127.0.0.1:${httpPort}/api/health`);
    const health = await call(proxy, 'GET', '/api/health');
    expect([health.status, health.body.status]).toEqual([200, 'ok']);
  });

  it('uses a session created through one instance on the other', async () => {
    const [one, two] = instances.map((i) => `http://127.0.0.1:${i.port}/api`);
    const registered = await fetch(`${one}/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'both@example.org', password: 'long enough pw', displayName: 'Both', language: 'en' }),
    });
    expect(registered.status).toBe(201);
    const { token } = (await registered.json()) as { token: string };
    const me = await fetch(`${two}/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect([me.status, ((await me.json()) as { email: string }).email]).toEqual([200, 'both@example.org']);
    const throughProxy = await Promise.all(Array.from({ length: 10 }, () => call(proxy, 'GET', '/api/auth/me', { token })));
    expect(throughProxy.map((a) => a.status)).toEqual(Array(10).fill(200));
  });

  it('refuses within a second, on the other instance, a session ended by a logout or a password change', async () => {
    const [one, two] = instances.map((i) => `http://127.0.0.1:${i.port}/api`);
    const json = { 'content-type': 'application/json' };
    const credentials = { email: 'ended@example.org', password: 'first long pw 1' };
    await fetch(`${one}/auth/register`, { method: 'POST', headers: json, body: JSON.stringify({ ...credentials, displayName: 'Ended', language: 'en' }) });
    const login = async () =>
      ((await (await fetch(`${one}/auth/login`, { method: 'POST', headers: json, body: JSON.stringify(credentials) })).json()) as { token: string }).token;
    const [a, b, c] = [await login(), await login(), await login()];
    const me = async (base: string, token: string) => (await fetch(`${base}/auth/me`, { headers: { authorization: `Bearer ${token}` } })).status;
    /** Milliseconds until instance two refuses the token, or Infinity past a second. */
    const refusedAfter = async (token: string) => {
      const started = Date.now();
      while (Date.now() - started < 1000) if ((await me(two, token)) === 401) return Date.now() - started;
      return Infinity;
    };
    // Instance two has read, and remembers, all three sessions.
    for (const token of [a, b, c]) expect(await me(two, token)).toBe(200);

    expect((await fetch(`${one}/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${a}` } })).status).toBe(204);
    expect(await refusedAfter(a)).toBeLessThan(1000);

    const changed = await fetch(`${one}/auth/password`, {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${c}` },
      body: JSON.stringify({ currentPassword: credentials.password, newPassword: 'second long pw 2' }),
    });
    expect(changed.status).toBe(204);
    expect(await refusedAfter(b)).toBeLessThan(1000);
    // The session that changed the password goes on, on both.
    expect(await me(two, c)).toBe(200);
  });

  it("counts the client's address as the proxy saw it, whatever X-Forwarded-For the client sends", async () => {
    // Six verifications, each claiming another address: the instances allow 2 a minute per address.
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++)
      statuses.push((await call(proxy, 'GET', '/api/certificates/verify/VT-NOPE', { headers: { 'x-forwarded-for': `203.0.113.${i}` } })).status);
    // At most two per instance got through; had the claimed addresses been believed, none would be refused.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
    // The instances do believe the header from an address TRUST_PROXY lists (this one, straight to an instance).
    const direct = await fetch(`http://127.0.0.1:${instances[0].port}/api/certificates/verify/VT-NOPE`, { headers: { 'x-forwarded-for': '198.51.100.7' } });
    expect(direct.status).not.toBe(429);
  });

  it('scores exactly one attempt for 100 concurrent duplicate submits spread over both instances', async () => {
    const [learner] = await learners(1);
    const enrolment = (await persist(() => call(proxy, 'POST', '/api/enrolments', { token: learner.token, body: { courseId: 'a1-foundations' } }))).body
      .id as string;
    const attempt = (await persist(() => call(proxy, 'POST', `/api/enrolments/${enrolment}/attempts`, { token: learner.token }))).body.id as string;
    const answers = await Promise.all(
      Array.from({ length: 100 }, () =>
        persist(() => call(proxy, 'POST', `/api/attempts/${attempt}/submit`, { token: learner.token, body: { responses: {} } })),
      ),
    );
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200]));
    expect(new Set(answers.map((a) => JSON.stringify([a.body.id, a.body.score])))).toHaveProperty('size', 1);
    const [stored] = await database.query('SELECT count(*)::int AS n, count(submitted_at)::int AS submitted FROM attempts WHERE enrolment_id = $1', [
      enrolment,
    ]);
    expect(stored).toEqual({ n: 1, submitted: 1 });
    const [used] = await database.query('SELECT attempts_used AS used FROM enrolments WHERE id = $1', [enrolment]);
    expect(used).toEqual({ used: 1 });
  });

  it('routes around an instance killed with SIGKILL during a load run, and loses no acknowledged write', async () => {
    const team = await learners(8);
    const lesson = ((await call(proxy, 'GET', '/api/courses/a1-foundations')).body.lessons as { id: string }[])[0].id;
    const enrolments = await Promise.all(
      team.map(
        async (l) => (await persist(() => call(proxy, 'POST', '/api/enrolments', { token: l.token, body: { courseId: 'a1-foundations' } }))).body.id as string,
      ),
    );
    const acked = new Map<string, number>();
    const outcomes: { at: number; status: number }[] = [];
    let stop = false;
    let killedAt = Infinity;
    const writers = team.map(async (l, i) => {
      for (let seq = 1; !stop;) {
        const answer = await call(proxy, 'POST', `/api/enrolments/${enrolments[i]}/progress`, {
          token: l.token,
          body: { seq, lessonId: lesson, event: 'viewed' },
        });
        outcomes.push({ at: Date.now(), status: answer.status });
        if (answer.status === 200) acked.set(enrolments[i], seq++);
        else await sleep(50);
      }
    });
    await sleep(1000);
    instances[1].child.kill('SIGKILL');
    killedAt = Date.now();
    await sleep(4000);
    stop = true;
    await Promise.all(writers);

    // The proxy noticed, and every request sent once it had (two failed checks, 1 s apart) was answered.
    expect(haproxyOutput).toMatch(/app2 is DOWN/);
    const settled = outcomes.filter((o) => o.at > killedAt + 2500);
    expect(settled.length).toBeGreaterThan(20);
    expect(settled.filter((o) => o.status !== 200)).toEqual([]);
    // Nothing acknowledged was lost, on either instance.
    const rows: { id: string; last_seq: number }[] = await database.query('SELECT id, last_seq FROM enrolments WHERE id = ANY($1)', [enrolments]);
    const stored = new Map(rows.map((r) => [r.id, r.last_seq]));
    for (const [id, seq] of acked) expect([id, (stored.get(id) ?? -1) >= seq]).toEqual([id, true]);
    expect(acked.size).toBe(team.length);
  }, 60_000);
});
