import { DATABASES, startTestApp, type TestApp } from './test-app.js';

const newAccount = (email: string) => ({ email, password: 'a long enough password', displayName: 'Nadia Example', language: 'fr', country: 'ma' });

describe.each(DATABASES)('auth on %s', (_database, url) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(url)));
  afterAll(() => t?.close());

  it('registers, sets an httpOnly SameSite=Lax cookie, and signs in by cookie or bearer', async () => {
    const res = await t.request('POST', '/api/auth/register', { body: newAccount('Nadia@Example.org') });
    expect(res.status).toBe(201);
    const { user, token } = res.body as { user: Record<string, unknown>; token: string };
    expect(user).toEqual({ id: expect.any(String), email: 'nadia@example.org', displayName: 'Nadia Example', role: 'trainee', language: 'fr', country: 'MA' });
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|password/i);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^vt_session=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const byCookie = await t.request('GET', '/api/auth/me', { headers: { cookie: cookie.split(';')[0] } });
    expect(byCookie.status).toBe(200);
    expect((byCookie.body as { email: string }).email).toBe('nadia@example.org');
    const byBearer = await t.request('GET', '/api/auth/me', { headers: { authorization: `Bearer ${token}` } });
    expect(byBearer.status).toBe(200);
  });

  it('refuses a second account with the same email (any case) with 409', async () => {
    await t.request('POST', '/api/auth/register', { body: newAccount('twice@example.org') });
    const again = await t.request('POST', '/api/auth/register', { body: newAccount(' TWICE@example.org') });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
  });

  it('answers 400 with one error per field for bad registrations', async () => {
    const res = await t.request('POST', '/api/auth/register', {
      body: { email: 'not-an-email', password: 'short', displayName: '', language: 'de', country: 'XX', role: 'admin' },
    });
    expect(res.status).toBe(400);
    const fields = (res.body as { errors: { field: string }[] }).errors.map((e) => e.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['country', 'displayName', 'email', 'language', 'password', 'role']));
  });

  it('logs in with the right password only, with one message for unknown email and wrong password', async () => {
    await t.request('POST', '/api/auth/register', { body: newAccount('login@example.org') });
    const ok = await t.request('POST', '/api/auth/login', { body: { email: 'LOGIN@example.org', password: 'a long enough password' } });
    expect(ok.status).toBe(200);
    const wrong = await t.request('POST', '/api/auth/login', { body: { email: 'login@example.org', password: 'wrong password!' } });
    const unknown = await t.request('POST', '/api/auth/login', { body: { email: 'nobody@example.org', password: 'wrong password!' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((wrong.body as { detail: string }).detail).toBe((unknown.body as { detail: string }).detail);
  });

  it('logs out: the token no longer works and the cookie is cleared', async () => {
    const { token } = (await t.request('POST', '/api/auth/register', { body: newAccount('out@example.org') })).body as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    const out = await t.request('POST', '/api/auth/logout', { headers: auth });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/vt_session=;/);
    expect((await t.request('GET', '/api/auth/me', { headers: auth })).status).toBe(401);
  });

  it('updates the profile and changes the password, ending other sessions', async () => {
    const first = (await t.request('POST', '/api/auth/register', { body: newAccount('change@example.org') })).body as { token: string };
    const second = (await t.request('POST', '/api/auth/login', { body: { email: 'change@example.org', password: 'a long enough password' } })).body as {
      token: string;
    };
    const auth = { authorization: `Bearer ${first.token}` };
    const patched = await t.request('PATCH', '/api/auth/me', { headers: auth, body: { displayName: 'Nadia B.', language: 'ar' } });
    expect(patched.body).toMatchObject({ displayName: 'Nadia B.', language: 'ar' });
    expect(
      (await t.request('POST', '/api/auth/password', { headers: auth, body: { currentPassword: 'nope', newPassword: 'another long password' } })).status,
    ).toBe(401);
    expect(
      (
        await t.request('POST', '/api/auth/password', {
          headers: auth,
          body: { currentPassword: 'a long enough password', newPassword: 'another long password' },
        })
      ).status,
    ).toBe(204);
    expect((await t.request('GET', '/api/auth/me', { headers: auth })).status).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { headers: { authorization: `Bearer ${second.token}` } })).status).toBe(401);
    expect((await t.request('POST', '/api/auth/login', { body: { email: 'change@example.org', password: 'another long password' } })).status).toBe(200);
  });

  it('answers 401 for a forged token', async () => {
    expect((await t.request('GET', '/api/auth/me', { headers: { authorization: 'Bearer forged' } })).status).toBe(401);
  });
});

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(undefined, { AUTH_RATE_LIMIT: '10' })));
  afterAll(() => t?.close());

  // Back-off per account and address (issue 14; hostile-transport.spec.ts has the rest of the policy).
  it('answers 429 problem+json once one address has guessed five wrong passwords for one account', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await t.request('POST', '/api/auth/login', { body: { email: 'victim@example.org', password: `guess number ${i}` } })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const limited = await t.request('POST', '/api/auth/login', { body: { email: 'victim@example.org', password: 'x' } });
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
  });
});
