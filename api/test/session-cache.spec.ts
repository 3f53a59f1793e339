import { DATABASES, startTestApp, type TestApp } from './test-app.js';

const account = (email: string) => ({ email, password: 'a long enough password', displayName: 'Cache Tester', language: 'en' });

// Sessions are remembered in memory for a few seconds (auth.service.ts): these check that every
// change that must end or alter a session shows on the very next request, cache or not.
describe.each(DATABASES)('session cache on %s', (_database, url) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(url)));
  afterAll(() => t?.close());

  const me = (token: string) => t.request('GET', '/api/auth/me', { headers: { authorization: `Bearer ${token}` } });

  it('ends a remembered session at once on logout', async () => {
    const { token } = (await t.request('POST', '/api/auth/register', { body: account('cache-out@example.org') })).body as { token: string };
    expect((await me(token)).status).toBe(200);
    expect((await t.request('POST', '/api/auth/logout', { headers: { authorization: `Bearer ${token}` } })).status).toBe(204);
    expect((await me(token)).status).toBe(401);
  });

  it('ends the other remembered sessions at once on a password change, and keeps the current one', async () => {
    const first = (await t.request('POST', '/api/auth/register', { body: account('cache-pw@example.org') })).body as { token: string };
    const second = (await t.request('POST', '/api/auth/login', { body: { email: 'cache-pw@example.org', password: 'a long enough password' } })).body as {
      token: string;
    };
    expect((await me(first.token)).status).toBe(200);
    expect((await me(second.token)).status).toBe(200);
    const changed = await t.request('POST', '/api/auth/password', {
      headers: { authorization: `Bearer ${first.token}` },
      body: { currentPassword: 'a long enough password', newPassword: 'a brand new password' },
    });
    expect(changed.status).toBe(204);
    expect((await me(second.token)).status).toBe(401);
    expect((await me(first.token)).status).toBe(200);
  });

  it('shows a profile change on the next request', async () => {
    const { token } = (await t.request('POST', '/api/auth/register', { body: account('cache-me@example.org') })).body as { token: string };
    expect((await me(token)).body).toMatchObject({ displayName: 'Cache Tester', language: 'en' });
    await t.request('PATCH', '/api/auth/me', { headers: { authorization: `Bearer ${token}` }, body: { displayName: 'Renamed', language: 'fr' } });
    expect((await me(token)).body).toMatchObject({ displayName: 'Renamed', language: 'fr' });
  });
});
