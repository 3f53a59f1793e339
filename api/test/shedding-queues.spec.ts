import { connect, type Socket } from 'node:net';
import { DataSource } from 'typeorm';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

/** A raw HTTP/1.1 request whose headers are sent at once and whose body only when `finish` is called. */
interface Pending {
  socket: Socket;
  /** Everything the server has sent back so far. */
  answer(): string;
  /** Resolves once the server has sent a whole head (status line and headers). */
  head(): Promise<string>;
  finish(): void;
}

function openRequest(baseUrl: string, method: string, path: string, headers: Record<string, string>, body: string): Pending {
  const { hostname, port } = new URL(baseUrl);
  const socket = connect(Number(port), hostname);
  let answer = '';
  const waiting: (() => void)[] = [];
  socket.on('data', (chunk) => {
    answer += chunk.toString();
    waiting.splice(0).forEach((wake) => wake());
  });
  socket.on('error', () => undefined);
  const lines = Object.entries({ host: hostname, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers }).map(
    ([name, value]) => `${name}: ${value}\r\n`,
  );
  socket.write(`${method} ${path} HTTP/1.1\r\n${lines.join('')}\r\n`);
  return {
    socket,
    answer: () => answer,
    head: () =>
      new Promise((resolve) => {
        const check = () => (answer.includes('\r\n\r\n') ? resolve(answer) : waiting.push(check));
        check();
      }),
    finish: () => socket.write(body),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(DATABASES)('a cap on requests in flight on %s', (_database, url) => {
  let t: TestApp;
  let learner: TestUser;
  beforeAll(async () => {
    t = await startTestApp(url, { IN_FLIGHT_LIMIT: '2' });
    learner = await t.signUp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const slowWrite = () => openRequest(t.baseUrl, 'PATCH', '/api/auth/me', learner.auth, JSON.stringify({ displayName: 'Still Here' }));

  it('answers a request past the cap with 503 and Retry-After before reading its body, and recovers', async () => {
    // Two requests whose bodies have not arrived hold the whole allowance.
    const held = [slowWrite(), slowWrite()];
    await sleep(200);
    // The third is refused while its body is still missing: the server did not wait for it.
    const third = slowWrite();
    const head = await third.head();
    expect(head).toMatch(/^HTTP\/1\.1 503 /);
    expect(head).toMatch(/\r\nretry-after: 1\r\n/i);
    expect(head).toMatch(/\r\ncontent-type: application\/problem\+json/i);
    third.socket.destroy();
    // Health is never refused.
    expect((await t.request('GET', '/api/health')).status).toBe(200);

    // The two held requests are answered once their bodies arrive; the allowance is free again.
    for (const request of held) request.finish();
    for (const request of held) expect(await request.head()).toMatch(/^HTTP\/1\.1 200 /);
    held.forEach((request) => request.socket.destroy());
    expect((await t.request('GET', '/api/auth/me', { headers: learner.auth })).status).toBe(200);
  });

  it('counts a request the client gave up on as finished', async () => {
    const abandoned = [slowWrite(), slowWrite()];
    await sleep(200);
    abandoned.forEach((request) => request.socket.destroy());
    await sleep(200);
    expect((await t.request('GET', '/api/auth/me', { headers: learner.auth })).status).toBe(200);
  });
});

const postgres = DATABASES.filter(([name]) => name === 'postgres');
(postgres.length > 0 ? describe.each(postgres) : describe.skip.each([['postgres', undefined]]))('a cap on the database pool queue on %s', (_database, url) => {
  let t: TestApp;
  let learner: TestUser;
  beforeAll(async () => {
    // One connection, and one request allowed to wait for it.
    t = await startTestApp(url, { DATABASE_POOL_SIZE: '1', DATABASE_QUEUE_LIMIT: '1' });
    learner = await t.signUp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses at once with 503 when the queue for a connection is full, instead of waiting', async () => {
    const database = t.app.get(DataSource);
    let slept = false;
    // The only connection is busy for two seconds, and one query already waits for it.
    const busy = database.query('SELECT pg_sleep(2)').then(() => (slept = true));
    await sleep(100);
    const waiting = database.query('SELECT 1');
    await sleep(100);
    const refused = await t.request('POST', '/api/enrolments', { headers: learner.auth, body: { courseId: 'no-such-course' } });
    expect(slept).toBe(false);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    // Health says the process is busy, and is not refused itself.
    const health = await t.request('GET', '/api/health');
    expect(slept).toBe(false);
    expect([health.status, (health.body as { status: string }).status]).toEqual([200, 'degraded']);
    await Promise.all([busy, waiting]);
    // Once the connection is free, requests are served again.
    expect((await t.request('POST', '/api/enrolments', { headers: learner.auth, body: { courseId: 'no-such-course' } })).status).toBe(404);
  });
});
