import { DATABASES, startTestApp, type TestApp } from './test-app.js';
import { UsersService } from '../src/users/users.service.js';

describe.each(DATABASES)('bad input on %s', (_database, url) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(url)));
  afterAll(() => t?.close());

  const raw = (path: string, body: string, contentType = 'application/json') =>
    fetch(t.baseUrl + path, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers malformed JSON with 400 problem+json', async () => {
    const res = await raw('/api/auth/register', '{"email": "a@b.org",');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 400, instance: '/api/auth/register' });
  });

  it('answers an oversized body with 413 problem+json and stores nothing', async () => {
    const res = await raw(
      '/api/auth/register',
      JSON.stringify({ email: 'big@example.org', password: 'x'.repeat(20), displayName: 'y'.repeat(200_000), language: 'en' }),
    );
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await t.app.get(UsersService).findByEmail('big@example.org')).toBeNull();
  });

  it.each([
    // JSON only: text/plain is what a cross-site form can send without a preflight (issue 14).
    ['text/plain', 415],
    ['application/xml', 415],
  ])('answers a %s body with %d problem+json', async (contentType, status) => {
    const res = await raw('/api/auth/login', 'email=a', contentType);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it.each([
    ['a JSON array', '[]'],
    ['a JSON string', '"hello"'],
    ['null', 'null'],
    ['wrong types', JSON.stringify({ email: 42, password: ['x'], displayName: {}, language: true })],
    ['an unknown field', JSON.stringify({ email: 'u@example.org', password: 'long enough pw', displayName: 'U', language: 'en', isAdmin: true })],
    ['a prototype key', '{"__proto__": {"role": "admin"}, "email": "p@example.org", "password": "long enough pw", "displayName": "P", "language": "en"}'],
  ])('answers %s with 400 and stores nothing', async (_label, body) => {
    const before = await t.app.get(UsersService).countUsers();
    const res = await raw('/api/auth/register', body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await t.app.get(UsersService).countUsers()).toBe(before);
  });

  it.each([
    ["' OR '1'='1", "admin@demo.vt-academy.org' --"],
    ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>@example.org'],
  ])('treats injection strings as data: login %p answers 4xx, never 500', async (password, email) => {
    const res = await t.request('POST', '/api/auth/login', { body: { email, password } });
    expect([400, 401]).toContain(res.status);
  });

  it('keeps HTML in a display name as inert text', async () => {
    const res = await t.request('POST', '/api/auth/register', {
      body: { email: 'html@example.org', password: 'long enough pw', displayName: '<b onmouseover=x>Bob</b>', language: 'en' },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect((res.body as { user: { displayName: string } }).user.displayName).toBe('<b onmouseover=x>Bob</b>');
  });
});
