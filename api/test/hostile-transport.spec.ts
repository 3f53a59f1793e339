import { DataSource } from 'typeorm';
import { Session } from '../src/auth/session.entity.js';
import { DATABASES, startTestApp, type TestApp } from './test-app.js';

interface Problem {
  status: number;
  title: string;
  errors?: { field: string; message: string }[];
}

let counter = 0;
const newEmail = () => `t${++counter}-${Date.now()}@example.org`;
const register = (t: TestApp, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  t.request('POST', '/api/auth/register', {
    headers,
    body: { email: newEmail(), password: 'a long enough password', displayName: 'Ada', language: 'en', ...fields },
  });

/** Issue 14: what reaches the server from outside — addresses, origins, content types, malformed URLs — and what it says back. */
describe.each(DATABASES)('hostile transport on %s', (_database, url) => {
  describe('with the defaults (TRUST_PROXY unset)', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp(url, { VERIFY_RATE_LIMIT: '30' })));
    afterAll(() => t?.close());

    it('limits certificate verification to 30 a minute per address', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) statuses.push((await t.request('GET', `/api/certificates/verify/VT-UNKNOWN-${i}`)).status);
      expect(statuses.filter((s) => s === 429)).toHaveLength(1);
      expect(statuses[30]).toBe(429);
    });

    it('answers a malformed URL with problem+json', async () => {
      const res = await fetch(`${t.baseUrl}/api/%c0`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await res.json()).toMatchObject({ status: 400, instance: '/api/%c0' });
    });

    it.each([
      ['application/x-www-form-urlencoded', 'email=a%40b.org&password=x'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.org\r\n--x--\r\n'],
      ['text/plain', '{"email":"a@b.org","password":"a long enough password"}'],
    ])('refuses a %s write with 415 problem+json', async (contentType, body) => {
      const res = await fetch(`${t.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': contentType }, body });
      expect(res.status).toBe(415);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    });

    it('refuses a cookie-authenticated write from another site’s page, and accepts ours', async () => {
      const signedUp = (await register(t)).body as { token: string };
      const cookie = `vt_session=${signedUp.token}`;
      const patch = (origin?: string) =>
        fetch(`${t.baseUrl}/api/auth/me`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', cookie, ...(origin ? { origin } : {}) },
          body: JSON.stringify({ language: 'fr' }),
        });
      const hostile = await patch('https://evil.example');
      expect(hostile.status).toBe(403);
      expect(hostile.headers.get('content-type')).toContain('application/problem+json');
      expect((await patch(new URL(t.baseUrl).origin)).status).toBe(200);
      expect((await patch(t.config.publicUrl)).status).toBe(200);
      // Not a browser (no Origin) or a bearer token (not sent by browsers on their own): allowed.
      expect((await patch()).status).toBe(200);
      expect(
        (
          await fetch(`${t.baseUrl}/api/auth/me`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${signedUp.token}`, origin: 'https://evil.example' },
            body: JSON.stringify({ language: 'en' }),
          })
        ).status,
      ).toBe(200);
    });

    it('marks a token-bearing answer no-store and other signed-in reads private, no-cache', async () => {
      const registered = await register(t);
      expect(registered.headers.get('cache-control')).toBe('no-store');
      const token = (registered.body as { token: string }).token;
      const me = await t.request('GET', '/api/auth/me', { headers: { authorization: `Bearer ${token}` } });
      expect(me.headers.get('cache-control')).toBe('private, no-cache');
      const email = (me.body as { email: string }).email;
      const login = await t.request('POST', '/api/auth/login', { body: { email, password: 'a long enough password' } });
      expect(login.status).toBe(200);
      expect(login.headers.get('cache-control')).toBe('no-store');
    });

    it.each(['aaaaaaaaaa', '1234567890', 'qwertyuiop', 'Password123!', 'abcabcabcabc', 'passwordpassword'])(
      'refuses the common password %s',
      async (password) => {
        const res = await register(t, { password });
        expect(res.status).toBe(400);
        expect((res.body as Problem).errors?.map((e) => e.field)).toEqual(['password']);
      },
    );

    it('ends a session at SESSION_MAX_DAYS after sign-in however active it stays', async () => {
      const token = ((await register(t)).body as { token: string }).token;
      const auth = { authorization: `Bearer ${token}` };
      expect((await t.request('GET', '/api/auth/me', { headers: auth })).status).toBe(200);
      const sessions = t.app.get(DataSource).getRepository(Session);
      const [row] = await sessions.find({ order: { createdAt: 'DESC' }, take: 1 });
      // Opened 31 days ago and used every day since: the sliding expiry alone would keep it.
      await sessions.update(
        { tokenHash: row.tokenHash },
        { createdAt: new Date(Date.now() - 31 * 86_400_000), expiresAt: new Date(Date.now() + 29 * 86_400_000) },
      );
      await new Promise((resolve) => setTimeout(resolve, 10_100)); // past the session cache
      expect((await t.request('GET', '/api/auth/me', { headers: auth })).status).toBe(401);
    }, 30_000);
  });

  describe('with AUTH_RATE_LIMIT=10 and TRUST_PROXY unset', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp(url, { AUTH_RATE_LIMIT: '10' })));
    afterAll(() => t?.close());

    it('counts the real address: a different X-Forwarded-For per request does not walk past the limit', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await register(t, {}, { 'x-forwarded-for': `203.0.113.${i}` })).status);
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
      expect(statuses.slice(10)).toEqual([429, 429]);
    });
  });

  describe('behind a proxy (TRUST_PROXY=127.0.0.1)', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp(url, { AUTH_RATE_LIMIT: '1000', TRUST_PROXY: '127.0.0.1' })));
    afterAll(() => t?.close());
    const login = (email: string, password: string, ip: string) =>
      t.request('POST', '/api/auth/login', { headers: { 'x-forwarded-for': ip }, body: { email, password } });

    it('slows guesses from rotating addresses without locking the owner out', async () => {
      const email = newEmail();
      expect((await register(t, { email })).status).toBe(201);
      expect((await login(email, 'a long enough password', '198.51.100.7')).status).toBe(200);
      const guesses: number[] = [];
      for (let i = 0; i < 25; i++) guesses.push((await login(email, `wrong guess number ${i}`, `203.0.113.${i}`)).status);
      expect(guesses.filter((s) => s === 401)).toHaveLength(20);
      expect(guesses.slice(20)).toEqual([429, 429, 429, 429, 429]);
      // The owner, from an address that has signed in before, still can.
      expect((await login(email, 'a long enough password', '198.51.100.7')).status).toBe(200);
    });

    it('makes one address wait, doubling, after five wrong passwords on one account', async () => {
      const email = newEmail();
      expect((await register(t, { email })).status).toBe(201);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await login(email, 'not the password', '192.0.2.1')).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      const waiting = await login(email, 'a long enough password', '192.0.2.1');
      expect(waiting.status).toBe(429);
      expect(Number(waiting.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await login(email, 'a long enough password', '192.0.2.1')).status).toBe(200);
    });
  });
});
