import { DATABASES, startTestApp, type TestApp } from './test-app.js';
import { loadConfig } from '../src/config/app-config.js';
import { UsersService } from '../src/users/users.service.js';

describe.each(DATABASES)('platform basics on %s', (database, url) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(url)));
  afterAll(() => t?.close());

  it('answers GET /api/health after running the migrations', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database, courses: 0, arabicDigits: 'latn' });
  });

  it('tells the web app which digits Arabic is written with: Latin unless ARABIC_DIGITS says arabic-indic', async () => {
    const other = await startTestApp(url, { ARABIC_DIGITS: 'arabic-indic' });
    try {
      expect((await other.request('GET', '/api/health')).body).toMatchObject({ arabicDigits: 'arab' });
    } finally {
      await other.close();
    }
    expect(() => loadConfig({ DATA_DIR: t.config.dataDir, ARABIC_DIGITS: 'hindi' })).toThrow(
      'Invalid setting ARABIC_DIGITS: "hindi" is not one of latin, arabic-indic',
    );
  });

  it('answers unknown API routes with problem+json, not HTML or a stack trace', async () => {
    const res = await t.request('GET', '/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 404, instance: '/api/no-such-thing' });
  });

  it('seeds the demo accounts once, with argon2id hashes', async () => {
    const users = t.app.get(UsersService);
    const first = await users.seedDemoAccounts();
    expect(first.map((a) => a.role)).toEqual(['trainee', 'trainer', 'admin']);
    expect(await users.seedDemoAccounts()).toEqual([]);
    const admin = await users.findByEmail('ADMIN@demo.vt-academy.org ');
    expect(admin?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(admin?.passwordHash).not.toContain(first[2].password);
  });
});
